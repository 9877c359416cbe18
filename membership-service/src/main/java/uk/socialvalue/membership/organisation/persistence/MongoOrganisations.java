package uk.socialvalue.membership.organisation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory.RegionStatusCount;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.support.aggregate.Listing;

/**
 * Organisations in the {@value #COLLECTION} collection, one document each with its contacts, history and
 * outbox, as {@link OrganisationMapping} writes it; this holds their indexes and queries. At most one open
 * membership per council is enforced by a unique sparse index on {@code openGssCode}, a field present only
 * while the membership is open: partial indexes would say it more directly, but not every store we run on
 * has them.
 */
@Repository
class MongoOrganisations extends AggregateStore<Organisation> implements Organisations {

    static final String COLLECTION = "organisations";
    /**
     * Every organisation by the first two letters of its name: the search reads it (see
     * {@link OrganisationMapping#listed}). Two letters keep a bucket small (about 15 entries at 10,000
     * organisations, where an initial held 400); the collection replaced the one by initial
     * ({@code organisationDirectory}), so a store started on it lists everything afresh.
     */
    static final String DIRECTORY = "organisationNames";
    /** Active memberships and those in grace by the month they end: the renewals report reads it. */
    static final String RENEWALS = "renewalsCalendar";
    /** The bucket of a membership with no end, listed after every month. */
    static final String NO_END = "~none";
    /** The directory's buckets in the order of the names they hold: see {@link #bucket}. */
    private static final List<String> BUCKETS = buckets();
    private static final Comparator<Listing.Entry> BY_NAME = Comparator
            .comparing((Listing.Entry entry) -> entry.fields().getString("name"), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(entry -> entry.fields().getString("name")).thenComparing(Listing.Entry::id);
    private static final Comparator<Listing.Entry> SOONEST_END = Comparator
            .comparing((Listing.Entry entry) -> entry.fields().getString("endsOn"),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Listing.Entry::id);

    private final MongoCollection<Document> collection;

    MongoOrganisations(AggregateStores stores) {
        super(stores, COLLECTION, "Organisation", new OrganisationMapping(), DIRECTORY, RENEWALS);
        this.collection = collection();
        collection.createIndex(Indexes.ascending(OrganisationMapping.OPEN_GSS_CODE),
                new IndexOptions().unique(true).sparse(true).name("one_open_membership_per_council"));
        collection.createIndex(Indexes.ascending("contacts.personId"), new IndexOptions().name("by_contact"));
        collection.createIndex(Indexes.ascending("status", "endsOn"), new IndexOptions().name("by_status_and_end"));
        collection.createIndex(Indexes.ascending("region", "status"), new IndexOptions().name("by_region"));
    }

    @Override
    public void add(Organisation organisation) {
        try {
            super.add(organisation);
        } catch (DuplicateKey e) {
            if (organisation.details().gssCode() == null) {
                throw e;
            }
            throw new OpenMembershipExists(withOpenMembership(organisation.details().gssCode()).orElse("unknown"));
        }
    }

    @Override
    public Optional<String> withOpenMembership(String gssCode) {
        return Optional.ofNullable(collection.find(Filters.eq(OrganisationMapping.OPEN_GSS_CODE, gssCode))
                .projection(Projections.include("_id")).first()).map(document -> document.getString("_id"));
    }

    @Override
    public boolean exists(String id) {
        return collection.countDocuments(Filters.eq("_id", id)) > 0;
    }

    @Override
    public List<Organisation> currentMembers() {
        return read(collection.find(
                Filters.in("status", MembershipStatus.ACTIVE.name(), MembershipStatus.GRACE.name())));
    }

    @Override
    public List<String> dueForLifecycle(LocalDate endingBy) {
        Bson due = Filters.or(Filters.eq("status", MembershipStatus.GRACE.name()),
                Filters.and(Filters.eq("status", MembershipStatus.ACTIVE.name()),
                        Filters.lte("endsOn", OrganisationMapping.text(endingBy))));
        return collection.find(due).projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public List<String> undecidedSince(Instant appliedBefore) {
        return collection.find(Filters.and(Filters.eq("status", MembershipStatus.PENDING_APPROVAL.name()),
                        Filters.lt("appliedAt", Date.from(appliedBefore))))
                .projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public List<String> withPerson(String personId) {
        return collection.find(Filters.or(Filters.eq("contacts.personId", personId),
                        Filters.eq("formerContacts.personId", personId)))
                .projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    /**
     * A page of the organisations the query matches, read from the {@value #DIRECTORY} listing bucket by bucket
     * (two letters at a time), so that the first page costs the same whatever the number of organisations, on either
     * store; the total of a filtered search counts the listing's entries (small, but every one of them).
     */
    @Override
    public Page search(Query query, int page, int size) {
        String text = query.text() == null || query.text().isBlank() ? null
                : query.text().strip().toLowerCase(Locale.ROOT);
        Predicate<Document> wanted = entry -> (query.status() == null
                || query.status().name().equals(entry.getString("status")))
                && (query.region() == null || query.region().equals(entry.getString("region")))
                && (query.type() == null || query.type().name().equals(entry.getString("type")))
                && (text == null || entry.getString("name").toLowerCase(Locale.ROOT).contains(text));
        List<Organisation> items = listed(DIRECTORY, Listing.batches(BUCKETS, 64), wanted, BY_NAME,
                (long) page * size, size);
        boolean everything = query.status() == null && query.region() == null && query.type() == null && text == null;
        return new Page(items, page, size,
                everything ? collection.estimatedDocumentCount() : listedCount(DIRECTORY, BUCKETS, wanted));
    }

    /**
     * A page of the {@value #RENEWALS} listing: the months from the first anything ended in to the month of
     * {@code endingBy}, then the memberships with no end.
     */
    @Override
    public Page renewalsDue(LocalDate endingBy, int page, int size) {
        List<String> months = new ArrayList<>();
        listingExtent(RENEWALS).ifPresent(extent -> {
            YearMonth last = YearMonth.from(endingBy);
            if (!extent.first().equals(NO_END)) {
                for (YearMonth month = YearMonth.parse(extent.first()); !month.isAfter(last); month = month.plusMonths(1)) {
                    months.add(month.toString());
                }
            }
            months.add(NO_END);
        });
        String by = OrganisationMapping.text(endingBy);
        Predicate<Document> wanted = entry -> MembershipStatus.GRACE.name().equals(entry.getString("status"))
                || entry.getString("endsOn") != null && entry.getString("endsOn").compareTo(by) <= 0;
        return new Page(listed(RENEWALS, Listing.batches(months, 16), wanted, SOONEST_END, (long) page * size, size),
                page, size, listedCount(RENEWALS, months, wanted));
    }

    /**
     * The bucket of a name in the {@value #DIRECTORY}: its first two characters, each a letter A to Z, {@code #}
     * for what sorts before the letters in any case (a space, a digit, most punctuation) or {@code ~} for what
     * sorts after them (accented letters, for instance), so that the buckets sort as the names in them do. A name
     * that does not start with a letter is in {@code #} or {@code ~} alone, a name of one letter in its {@code #}.
     */
    static String bucket(String name) {
        String stripped = name == null ? "" : name.strip();
        char first = stripped.isEmpty() ? '#' : letter(stripped.charAt(0));
        if (first == '#' || first == '~') {
            return String.valueOf(first);
        }
        return first + String.valueOf(stripped.length() < 2 ? '#' : letter(stripped.charAt(1)));
    }

    /** A character as {@link String#CASE_INSENSITIVE_ORDER} compares it: A to Z, or before them, or after. */
    private static char letter(char character) {
        char folded = Character.toLowerCase(Character.toUpperCase(character));
        return folded < 'a' ? '#' : folded > 'z' ? '~' : Character.toUpperCase(folded);
    }

    private static List<String> buckets() {
        List<String> buckets = new ArrayList<>(List.of("#"));
        for (char first = 'A'; first <= 'Z'; first++) {
            buckets.add(first + "#");
            for (char second = 'A'; second <= 'Z'; second++) {
                buckets.add(String.valueOf(first) + second);
            }
            buckets.add(first + "~");
        }
        buckets.add("~");
        return List.copyOf(buckets);
    }

    @Override
    public List<RegionStatusCount> countByRegionAndStatus() {
        List<RegionStatusCount> counts = new ArrayList<>();
        collection.aggregate(List.of(Aggregates.group(
                        new Document("region", "$region").append("status", "$status"), Accumulators.sum("count", 1))))
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.add(new RegionStatusCount(key.getString("region"),
                            MembershipStatus.valueOf(key.getString("status")), ((Number) row.get("count")).longValue()));
                });
        return counts;
    }
}
