package uk.socialvalue.training.booking.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.CourseSnapshot;
import uk.socialvalue.training.booking.Price;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionPlan;
import uk.socialvalue.training.booking.SessionStatus;

/**
 * A session as one document, its bookings inside it. {@code seatsTaken}, {@code seatsLeft} and
 * {@code waitlisted} are copies of what the bookings say, for queries and operators.
 */
final class SessionMapping implements AggregateMapping<Session> {

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
                .append("seatsTaken", session.seatsTaken())
                .append("seatsLeft", session.seatsLeft())
                .append("waitlisted", session.waitlisted())
                .append("bookings", session.bookings().stream().map(this::toDocument).toList());
    }

    private Document toDocument(Booking booking) {
        Price price = booking.price();
        return new Document("id", booking.id())
                .append("organisationId", booking.organisationId())
                .append("organisationName", booking.organisationName())
                .append("contact", new Document("personId", booking.contact().personId())
                        .append("name", booking.contact().name()).append("email", booking.contact().email()))
                .append("attendees", booking.attendees().stream()
                        .map(a -> new Document("name", a.name()).append("email", a.email())).toList())
                .append("purchaseOrder", booking.purchaseOrder())
                .append("price", new Document("net", price.net().toPlainString())
                        .append("vat", price.vat().toPlainString()).append("gross", price.gross().toPlainString())
                        .append("basis", price.basis().name()))
                .append("bookedAt", date(booking.bookedAt()))
                .append("status", booking.status().name())
                .append("confirmedAt", date(booking.confirmedAt()))
                .append("cancelledAt", date(booking.cancelledAt()))
                .append("cancellationReason", booking.cancellationReason())
                .append("remindedAt", date(booking.remindedAt()))
                .append("attendance", booking.attendance().entrySet().stream()
                        .map(e -> new Document("email", e.getKey()).append("attended", e.getValue())).toList());
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
        List<Booking> bookings = document.getList("bookings", Document.class, List.of()).stream()
                .map(this::toBooking).toList();
        return Session.restore(document.getString("_id"), plan, instant(document.getDate("scheduledAt")),
                SessionStatus.valueOf(document.getString("status")), document.getString("cancellationReason"),
                instant(document.getDate("cancelledAt")), bookings, version);
    }

    private Booking toBooking(Document document) {
        Document contact = document.get("contact", Document.class);
        Document price = document.get("price", Document.class);
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        document.getList("attendance", Document.class, List.of())
                .forEach(entry -> attendance.put(entry.getString("email"), entry.getBoolean("attended")));
        return Booking.restore(document.getString("id"), document.getString("organisationId"),
                document.getString("organisationName"),
                new BookingContact(contact.getString("personId"), contact.getString("name"), contact.getString("email")),
                document.getList("attendees", Document.class).stream()
                        .map(a -> new Attendee(a.getString("name"), a.getString("email"))).toList(),
                document.getString("purchaseOrder"),
                Price.of(price.getString("net"), price.getString("vat"), price.getString("gross"),
                        PriceBasis.valueOf(price.getString("basis"))),
                instant(document.getDate("bookedAt")), BookingStatus.valueOf(document.getString("status")),
                instant(document.getDate("confirmedAt")), instant(document.getDate("cancelledAt")),
                document.getString("cancellationReason"), instant(document.getDate("remindedAt")), attendance);
    }
}
