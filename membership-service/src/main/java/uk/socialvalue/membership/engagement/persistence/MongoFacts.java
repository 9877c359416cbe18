package uk.socialvalue.membership.engagement.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.engagement.AccreditationFact;
import uk.socialvalue.membership.engagement.AttendanceFact;
import uk.socialvalue.membership.engagement.BookingFact;
import uk.socialvalue.membership.engagement.Course;
import uk.socialvalue.membership.engagement.Fact;
import uk.socialvalue.membership.engagement.Facts;
import uk.socialvalue.membership.engagement.InvitationFact;
import uk.socialvalue.membership.engagement.InvitationState;
import uk.socialvalue.membership.engagement.RecordedFact;
import uk.socialvalue.membership.engagement.Source;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStores;

/**
 * The {@value #COLLECTION} collection: one small document per booking, attendee's attendance, invitation and
 * person's accreditation level, keyed {@code booking:<id>}, {@code attendance:<booking>:<attendee>},
 * {@code invitation:<id>}, {@code accreditation:<organisation>:<track>:<level>:<holder>}. It is only
 * ever read by key, and stored through the shared core with a version.
 */
@Repository
class MongoFacts extends EngagementStore<RecordedFact> implements Facts {

    static final String COLLECTION = "engagementFacts";

    MongoFacts(AggregateStores stores) {
        super(stores, COLLECTION, "Engagement fact", new FactMapping());
    }

    /** A fact with the state before its last change and the record that made it, as one document, and back. */
    static final class FactMapping implements AggregateMapping<RecordedFact> {

        @Override
        public Document toDocument(RecordedFact fact) {
            return new Document("_id", fact.id())
                    .append("current", MongoFacts.toDocument(fact.current()))
                    .append("previous", fact.previous() == null ? null : MongoFacts.toDocument(fact.previous()))
                    .append("source", new Document("topic", fact.source().topic())
                            .append("partition", fact.source().partition()).append("offset", fact.source().offset()));
        }

        @Override
        public RecordedFact toAggregate(Document document, long version) {
            Document source = document.get("source", Document.class);
            Document previous = document.get("previous", Document.class);
            return new RecordedFact(toFact(document.get("current", Document.class)),
                    previous == null ? null : toFact(previous),
                    new Source(source.getString("topic"), source.getInteger("partition"),
                            ((Number) source.get("offset")).longValue()),
                    version);
        }
    }

    private static Document toDocument(Fact fact) {
        Document document = new Document("organisationId", fact.organisationId())
                .append("eventId", fact.eventId()).append("occurredAt", fact.occurredAt().toString());
        if (fact instanceof BookingFact booking) {
            return course(document.append("kind", "booking").append("bookingId", booking.bookingId()), booking.course())
                    .append("month", booking.bookedIn().toString()).append("live", booking.live())
                    .append("seats", booking.seats());
        } else if (fact instanceof AttendanceFact attendance) {
            return course(document.append("kind", "attendance").append("bookingId", attendance.bookingId())
                    .append("attendee", attendance.attendee()), attendance.course())
                    .append("month", attendance.heldIn().toString()).append("attended", attendance.attended())
                    .append("cpdHours", attendance.cpdHours().toPlainString());
        } else if (fact instanceof AccreditationFact accreditation) {
            return document.append("kind", "accreditation").append("trackId", accreditation.trackId())
                    .append("level", accreditation.level()).append("holder", accreditation.holder())
                    .append("month", accreditation.completedIn().toString()).append("held", accreditation.held())
                    .append("expiresOn", accreditation.expiresOn() == null ? null
                            : accreditation.expiresOn().toString());
        }
        InvitationFact invitation = (InvitationFact) fact;
        return document.append("kind", "invitation").append("invitationId", invitation.invitationId())
                .append("month", invitation.invitedIn().toString()).append("state", invitation.state().name());
    }

    private static Fact toFact(Document document) {
        String organisationId = document.getString("organisationId");
        String eventId = document.getString("eventId");
        Instant occurredAt = Instant.parse(document.getString("occurredAt"));
        YearMonth month = YearMonth.parse(document.getString("month"));
        return switch (document.getString("kind")) {
            case "booking" -> new BookingFact(document.getString("bookingId"), organisationId, course(document),
                    month, document.getBoolean("live"), document.getInteger("seats"), eventId, occurredAt);
            case "attendance" -> new AttendanceFact(document.getString("bookingId"), document.getString("attendee"),
                    organisationId, course(document), month, document.getBoolean("attended"),
                    new BigDecimal(document.getString("cpdHours")), eventId, occurredAt);
            case "accreditation" -> new AccreditationFact(document.getString("trackId"), document.getInteger("level"),
                    document.getString("holder"), organisationId, month, document.getBoolean("held"),
                    document.getString("expiresOn") == null ? null : LocalDate.parse(document.getString("expiresOn")),
                    eventId, occurredAt);
            case "invitation" -> new InvitationFact(document.getString("invitationId"), organisationId, month,
                    InvitationState.valueOf(document.getString("state")), eventId, occurredAt);
            default -> throw new IllegalStateException("Unknown kind of fact: " + document.getString("kind"));
        };
    }

    private static Document course(Document document, Course course) {
        return document.append("courseCode", course.code()).append("courseTitle", course.title());
    }

    private static Course course(Document document) {
        return new Course(document.getString("courseCode"), document.getString("courseTitle"));
    }
}
