package uk.socialvalue.training.booking.persistence;

import java.math.BigDecimal;
import java.util.Optional;

import org.bson.Document;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.Listing;
import uk.socialvalue.training.booking.CourseSnapshot;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionPlan;
import uk.socialvalue.training.booking.SessionStatus;

/**
 * A session as one small document. Its seat counters are not part of what a save writes: only atomic
 * {@code $inc} updates change them ({@link MongoSessions#takeSeats}), so a save of the plan or status never
 * overwrites them; a new session has none, which counts as 0.
 */
final class SessionMapping implements AggregateMapping<Session> {

    static final String SEATS_TAKEN = "seatsTaken";
    static final String WAITLISTED = "waitlisted";
    /** Absent from sessions stored before it was kept, which count from 0. */
    static final String CALENDAR_SEQUENCE = "calendarSequence";

    @Override
    public Document toDocument(Session session) {
        SessionPlan plan = session.plan();
        CourseSnapshot course = plan.course();
        return new Document("_id", session.id())
                .append("course", new Document("id", course.courseId()).append("code", course.code())
                        .append("title", course.title()).append("cpdHours", course.cpdHours().toPlainString()))
                .append("startsAt", date(plan.startsAt()))
                .append("endsAt", date(plan.endsAt()))
                .append("format", plan.format().name())
                .append("venue", plan.venue())
                .append("onlineUrl", plan.onlineUrl())
                .append("capacity", plan.capacity())
                .append("memberPrice", plan.memberPrice().toPlainString())
                .append("nonMemberPrice", plan.nonMemberPrice().toPlainString())
                .append("bookingCutOff", date(plan.bookingCutOff()))
                .append("scheduledAt", date(session.scheduledAt()))
                .append("status", session.status().name())
                .append("cancellationReason", session.cancellationReason())
                .append("cancelledAt", date(session.cancelledAt()))
                .append(CALENDAR_SEQUENCE, session.calendarSequence());
    }

    /**
     * A scheduled session is listed in the calendar under the UK hour it starts in, with what the sessions list
     * filters and sorts on; a cancelled one is not listed.
     */
    @Override
    public Optional<Listing.Place> listed(Session session, String listing) {
        if (session.status() != SessionStatus.SCHEDULED) {
            return Optional.empty();
        }
        SessionPlan plan = session.plan();
        return Optional.of(new Listing.Place(MongoSessions.hour(plan.startsAt()),
                new Document("startsAt", date(plan.startsAt())).append("courseId", plan.course().courseId())
                        .append("format", plan.format().name())));
    }

    @Override
    public Session toAggregate(Document document, long version) {
        Document course = document.get("course", Document.class);
        var plan = new SessionPlan(new CourseSnapshot(course.getString("id"), course.getString("code"),
                course.getString("title"), new BigDecimal(course.getString("cpdHours"))),
                instant(document.getDate("startsAt")), instant(document.getDate("endsAt")),
                SessionFormat.valueOf(document.getString("format")), document.getString("venue"),
                document.getString("onlineUrl"), document.getInteger("capacity"),
                new BigDecimal(document.getString("memberPrice")), new BigDecimal(document.getString("nonMemberPrice")),
                instant(document.getDate("bookingCutOff")));
        return Session.restore(document.getString("_id"), plan, instant(document.getDate("scheduledAt")),
                SessionStatus.valueOf(document.getString("status")), document.getString("cancellationReason"),
                instant(document.getDate("cancelledAt")), document.getInteger(CALENDAR_SEQUENCE, 0),
                document.getInteger(SEATS_TAKEN, 0),
                document.getInteger(WAITLISTED, 0), version);
    }
}
