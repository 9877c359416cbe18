package uk.socialvalue.membership.organisation.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.Contact;
import uk.socialvalue.membership.organisation.ContactRole;
import uk.socialvalue.membership.organisation.FormerContact;
import uk.socialvalue.membership.organisation.MembershipChange;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.OrganisationDetails;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.support.outbox.Outbox;

/**
 * Organisations in the {@value #COLLECTION} collection, one document each with its contacts, history and
 * outbox. At most one open membership per council is enforced by a unique sparse index on
 * {@code openGssCode}, a field present only while the membership is open: partial indexes would say it more
 * directly, but not every store we run on has them.
 */
@Repository
class MongoOrganisations implements Organisations {

    static final String COLLECTION = "organisations";
    private static final String OPEN_GSS_CODE = "openGssCode";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoOrganisations(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending(OPEN_GSS_CODE), new IndexOptions().unique(true).sparse(true)
                .name("one_open_membership_per_council"));
        collection.createIndex(Indexes.ascending("contacts.personId"), new IndexOptions().name("by_contact"));
        collection.createIndex(Indexes.ascending("status", "endsOn"), new IndexOptions().name("by_status_and_end"));
        collection.createIndex(Indexes.ascending("region", "status"), new IndexOptions().name("by_region"));
    }

    @Override
    public void add(Organisation organisation) {
        Document document = toDocument(organisation).append("version", organisation.version())
                .append(Outbox.FIELD, outbox.entries(organisation.events()));
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY && organisation.details().gssCode() != null) {
                throw new OpenMembershipExists(withOpenMembership(organisation.details().gssCode()).orElse("unknown"));
            }
            throw e;
        }
        outbox.published();
    }

    @Override
    public Optional<Organisation> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).projection(Outbox.EXCLUDED).first())
                .map(MongoOrganisations::toDomain);
    }

    @Override
    public void save(Organisation organisation) {
        Document state = toDocument(organisation);
        state.remove("_id");
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> updates.add(Updates.set(field, value)));
        if (!state.containsKey(OPEN_GSS_CODE)) {
            updates.add(Updates.unset(OPEN_GSS_CODE));
        }
        updates.add(Updates.inc("version", 1L));
        if (!organisation.events().isEmpty()) {
            updates.add(outbox.append(organisation.events()));
        }
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", organisation.id()), Filters.eq("version", organisation.version())),
                Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate(organisation.id());
        }
        outbox.published();
    }

    @Override
    public Optional<String> withOpenMembership(String gssCode) {
        return Optional.ofNullable(collection.find(Filters.eq(OPEN_GSS_CODE, gssCode))
                .projection(Projections.include("_id")).first()).map(document -> document.getString("_id"));
    }

    @Override
    public boolean exists(String id) {
        return collection.countDocuments(Filters.eq("_id", id)) > 0;
    }

    @Override
    public List<Organisation> currentMembers() {
        return collection.find(Filters.in("status", MembershipStatus.ACTIVE.name(), MembershipStatus.GRACE.name()))
                .projection(Outbox.EXCLUDED)
                .map(MongoOrganisations::toDomain).into(new ArrayList<>());
    }

    @Override
    public List<String> dueForLifecycle(LocalDate endingBy) {
        Bson due = Filters.or(Filters.eq("status", MembershipStatus.GRACE.name()),
                Filters.and(Filters.eq("status", MembershipStatus.ACTIVE.name()),
                        Filters.lte("endsOn", text(endingBy))));
        return collection.find(due).projection(Projections.include("_id"))
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    @Override
    public Page search(Query query, int page, int size) {
        List<Bson> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(Filters.eq("status", query.status().name()));
        }
        if (query.region() != null) {
            conditions.add(Filters.eq("region", query.region()));
        }
        if (query.type() != null) {
            conditions.add(Filters.eq("type", query.type().name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add(Filters.regex("name", Pattern.quote(query.text().strip()), "i"));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Organisation> items = collection.find(filter).projection(Outbox.EXCLUDED).sort(Sorts.ascending("name", "_id"))
                .skip(page * size).limit(size).map(MongoOrganisations::toDomain).into(new ArrayList<>());
        return new Page(items, page, size, collection.countDocuments(filter));
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

    static Document toDocument(Organisation organisation) {
        OrganisationDetails details = organisation.details();
        Document document = new Document("_id", organisation.id())
                .append("name", details.name())
                .append("type", details.type().name())
                .append("gssCode", details.gssCode())
                .append("region", details.region())
                .append("sector", details.sector().name())
                .append("membershipType", organisation.membershipType())
                .append("appliedAt", Date.from(organisation.appliedAt()))
                .append("status", organisation.status().name())
                .append("startsOn", text(organisation.startsOn()))
                .append("endsOn", text(organisation.endsOn()))
                .append("contacts", organisation.contacts().stream().map(MongoOrganisations::toDocument).toList())
                .append("formerContacts", organisation.formerContacts().stream()
                        .map(former -> toDocument(former.contact()).append("removedAt", Date.from(former.removedAt())))
                        .toList())
                .append("history", organisation.history().stream().map(MongoOrganisations::toDocument).toList())
                .append("remindersSent", List.copyOf(organisation.remindersSent()));
        if (organisation.isOpen() && details.gssCode() != null) {
            document.append(OPEN_GSS_CODE, details.gssCode());
        }
        return document;
    }

    static Organisation toDomain(Document document) {
        var details = new OrganisationDetails(document.getString("name"),
                OrganisationType.valueOf(document.getString("type")), document.getString("gssCode"),
                document.getString("region"), Sector.valueOf(document.getString("sector")));
        List<Contact> contacts = document.getList("contacts", Document.class, List.of()).stream()
                .map(MongoOrganisations::toContact).toList();
        List<FormerContact> formerContacts = document.getList("formerContacts", Document.class, List.of()).stream()
                .map(c -> new FormerContact(toContact(c), c.getDate("removedAt").toInstant())).toList();
        List<MembershipChange> history = document.getList("history", Document.class, List.of()).stream()
                .map(h -> new MembershipChange(h.getDate("at").toInstant(),
                        MembershipStatus.valueOf(h.getString("status")), h.getString("note")))
                .toList();
        return Organisation.restore(document.getString("_id"), details, document.getString("membershipType"),
                document.getDate("appliedAt").toInstant(), MembershipStatus.valueOf(document.getString("status")),
                date(document.getString("startsOn")), date(document.getString("endsOn")), contacts, formerContacts,
                history, Set.copyOf(document.getList("remindersSent", Integer.class, List.of())),
                ((Number) document.get("version")).longValue());
    }

    private static Contact toContact(Document c) {
        return new Contact(c.getString("personId"), c.getString("name"), c.getString("email"), c.getString("jobTitle"),
                ContactRole.valueOf(c.getString("role")), c.getDate("addedAt").toInstant(),
                c.getBoolean("workingGroupInvitations", true));
    }

    private static Document toDocument(Contact contact) {
        return new Document("personId", contact.personId()).append("name", contact.name())
                .append("email", contact.email()).append("jobTitle", contact.jobTitle())
                .append("role", contact.role().name()).append("addedAt", Date.from(contact.addedAt()))
                .append("workingGroupInvitations", contact.workingGroupInvitations());
    }

    private static Document toDocument(MembershipChange change) {
        return new Document("at", Date.from(change.at())).append("status", change.status().name())
                .append("note", change.note());
    }

    /** Dates as ISO text: readable, and they sort and compare correctly as strings. */
    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
