package uk.socialvalue.membership.engagement.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.engagement.CourseFigures;
import uk.socialvalue.membership.engagement.Figures;
import uk.socialvalue.membership.engagement.Holding;
import uk.socialvalue.membership.engagement.Identity;
import uk.socialvalue.membership.engagement.Membership;
import uk.socialvalue.membership.engagement.OrganisationEngagement;
import uk.socialvalue.membership.engagement.OrganisationEngagements;
import uk.socialvalue.membership.engagement.OrganisationRecord;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStores;

/**
 * The {@value #COLLECTION} collection, one document per organisation: its identity and membership, its
 * figures by month ({@code months}, only non-zero counters), the same by course ({@code courses}, which the
 * tables leave unread), and the highest offset counted from each partition ({@code offsets}), stored through
 * the shared core with a version. Months before the trend's first are dropped as it is written, so a
 * document holds at most 24 months; so are accreditation levels ({@code accredited}: a person's digest, the
 * level and its expiry) that expired before it, so it holds the levels of the people it has now.
 */
@Repository
class MongoOrganisationEngagements extends EngagementStore<OrganisationEngagement> implements OrganisationEngagements {

    static final String COLLECTION = "engagementOrganisations";

    MongoOrganisationEngagements(AggregateStores stores) {
        super(stores, COLLECTION, "Engagement of organisation", new EngagementMapping());
    }

    @Override
    public List<OrganisationRecord> records(Collection<String> ids, Collection<YearMonth> months,
            boolean withCourses) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> read = new ArrayList<>(List.of("identity", "membership", "accredited"));
        months.forEach(month -> read.add("months." + month));
        if (withCourses) {
            read.add("courses");
        }
        List<OrganisationRecord> records = new ArrayList<>();
        collection().find(Filters.in("_id", ids)).projection(Projections.include(read))
                .forEach(document -> records.add(toRecord(document, withCourses)));
        return records;
    }

    @Override
    public Optional<String> gssCodeOf(String organisationId) {
        Document document = collection().find(Filters.eq("_id", organisationId))
                .projection(Projections.include("identity")).first();
        return Optional.ofNullable(document).map(found -> identity(found.get("identity", Document.class)))
                .filter(Identity::isCouncil).map(Identity::gssCode);
    }

    /** An organisation's engagement as one document, and back. */
    static final class EngagementMapping implements AggregateMapping<OrganisationEngagement> {

        @Override
        public Document toDocument(OrganisationEngagement organisation) {
            return MongoOrganisationEngagements.toDocument(organisation.record()).append("offsets",
                    organisation.offsets().entrySet().stream()
                            .map(e -> new Document("partition", e.getKey()).append("offset", e.getValue())).toList());
        }

        @Override
        public OrganisationEngagement toAggregate(Document document, long version) {
            return OrganisationEngagement.restore(toRecord(document, true), offsets(document), version);
        }
    }

    private static Document toDocument(OrganisationRecord record) {
        Document document = new Document("_id", record.id());
        if (record.identity() != null) {
            Identity identity = record.identity();
            document.append("identity", new Document("name", identity.name())
                    .append("type", identity.type() == null ? null : identity.type().name())
                    .append("gssCode", identity.gssCode()).append("region", identity.region()));
        }
        if (record.membership() != null) {
            Membership membership = record.membership();
            document.append("membership", new Document("status", membership.status().name())
                    .append("changedAt", text(membership.changedAt()))
                    .append("changedBy", membership.changedBy())
                    .append("appliedAt", text(membership.appliedAt()))
                    .append("memberSince", membership.memberSince() == null ? null : membership.memberSince().toString())
                    .append("memberFrom", text(membership.memberFrom()))
                    .append("memberUntil", text(membership.memberUntil()))
                    .append("renewals", membership.renewals())
                    .append("lapses", membership.lapses()));
        }
        Document months = new Document();
        List<Document> courses = new ArrayList<>();
        record.months().forEach((month, figures) -> {
            months.append(month.toString(), counters(figures));
            figures.courses().forEach((code, course) -> courses.add(new Document("month", month.toString())
                    .append("code", code).append("title", course.title())
                    .append("bookings", course.bookings()).append("attendees", course.attendees())
                    .append("attended", course.attended()).append("cpdHours", course.cpdHours().toPlainString())));
        });
        return document.append("months", months).append("courses", courses).append("accredited",
                record.holdings().stream().map(holding -> new Document("holder", holding.holder())
                        .append("level", holding.level()).append("expiresOn", holding.expiresOn().toString()))
                        .toList());
    }

    private static OrganisationRecord toRecord(Document document, boolean withCourses) {
        Map<YearMonth, Map<String, CourseFigures>> courses = new HashMap<>();
        if (withCourses) {
            for (Document course : document.getList("courses", Document.class, List.of())) {
                courses.computeIfAbsent(YearMonth.parse(course.getString("month")), month -> new HashMap<>())
                        .put(course.getString("code"), new CourseFigures(course.getString("title"),
                                course.getInteger("bookings", 0), course.getInteger("attendees", 0),
                                course.getInteger("attended", 0), new BigDecimal(course.getString("cpdHours"))));
            }
        }
        TreeMap<YearMonth, Figures> months = new TreeMap<>();
        Document stored = document.get("months", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> {
                YearMonth month = YearMonth.parse(key);
                months.put(month, figures((Document) value, courses.getOrDefault(month, Map.of())));
            });
        }
        List<Holding> holdings = document.getList("accredited", Document.class, List.of()).stream()
                .map(held -> new Holding(held.getString("holder"), held.getString("level"),
                        LocalDate.parse(held.getString("expiresOn")))).toList();
        return new OrganisationRecord(document.getString("_id"), identity(document.get("identity", Document.class)),
                membership(document.get("membership", Document.class)), months, holdings);
    }

    private static Document counters(Figures figures) {
        Document counters = new Document();
        put(counters, "bookings", figures.bookings());
        put(counters, "attendees", figures.attendees());
        put(counters, "attended", figures.attended());
        if (figures.cpdHours().signum() != 0) {
            counters.append("cpdHours", figures.cpdHours().toPlainString());
        }
        put(counters, "invitations", figures.invitations());
        put(counters, "accepted", figures.accepted());
        put(counters, "declined", figures.declined());
        put(counters, "joins", figures.joins());
        put(counters, "renewals", figures.renewals());
        put(counters, "lapses", figures.lapses());
        return counters;
    }

    private static void put(Document counters, String name, int value) {
        if (value != 0) {
            counters.append(name, value);
        }
    }

    private static Figures figures(Document counters, Map<String, CourseFigures> courses) {
        String hours = counters.getString("cpdHours");
        return new Figures(counters.getInteger("bookings", 0), counters.getInteger("attendees", 0),
                counters.getInteger("attended", 0), hours == null ? BigDecimal.ZERO : new BigDecimal(hours),
                counters.getInteger("invitations", 0), counters.getInteger("accepted", 0),
                counters.getInteger("declined", 0), counters.getInteger("joins", 0),
                counters.getInteger("renewals", 0), counters.getInteger("lapses", 0), courses);
    }

    private static Identity identity(Document identity) {
        if (identity == null) {
            return null;
        }
        String type = identity.getString("type");
        return new Identity(identity.getString("name"), type == null ? null : OrganisationType.valueOf(type),
                identity.getString("gssCode"), identity.getString("region"));
    }

    private static Membership membership(Document membership) {
        if (membership == null) {
            return null;
        }
        String memberSince = membership.getString("memberSince");
        return new Membership(MembershipStatus.valueOf(membership.getString("status")),
                instant(membership.getString("changedAt")), membership.getString("changedBy"),
                instant(membership.getString("appliedAt")), memberSince == null ? null : LocalDate.parse(memberSince),
                instant(membership.getString("memberFrom")), instant(membership.getString("memberUntil")),
                membership.getInteger("renewals", 0), membership.getInteger("lapses", 0));
    }

    private static Map<String, Long> offsets(Document document) {
        Map<String, Long> offsets = new HashMap<>();
        for (Document offset : document.getList("offsets", Document.class, List.of())) {
            offsets.put(offset.getString("partition"), ((Number) offset.get("offset")).longValue());
        }
        return offsets;
    }

    /** Instants as ISO text, to the nanosecond: events of one millisecond must still be told apart. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
