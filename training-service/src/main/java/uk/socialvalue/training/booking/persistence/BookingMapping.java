package uk.socialvalue.training.booking.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.Price;

/** A booking as one document, with the id of its session; at most 100 attendees, so a few kB at most. */
final class BookingMapping implements AggregateMapping<Booking> {

    static final String SESSION_ID = "sessionId";
    static final String ORGANISATION_ID = "organisationId";
    static final String BOOKED_AT = "bookedAt";
    /** Absent from bookings stored before it was kept, which count from 0. */
    static final String CALENDAR_SEQUENCE = "calendarSequence";

    @Override
    public Document toDocument(Booking booking) {
        Price price = booking.price();
        return new Document("_id", booking.id())
                .append(SESSION_ID, booking.sessionId())
                .append(ORGANISATION_ID, booking.organisationId())
                .append("organisationName", booking.organisationName())
                .append("contact", new Document("personId", booking.contact().personId())
                        .append("name", booking.contact().name()).append("email", booking.contact().email()))
                .append("attendees", booking.attendees().stream()
                        .map(a -> new Document("name", a.name()).append("email", a.email())).toList())
                .append("purchaseOrder", booking.purchaseOrder())
                .append("price", new Document("net", price.net().toPlainString())
                        .append("vat", price.vat().toPlainString()).append("gross", price.gross().toPlainString())
                        .append("basis", price.basis().name()))
                .append(BOOKED_AT, date(booking.bookedAt()))
                .append("status", booking.status().name())
                .append("confirmedAt", date(booking.confirmedAt()))
                .append("cancelledAt", date(booking.cancelledAt()))
                .append("cancellationReason", booking.cancellationReason())
                .append("remindedAt", date(booking.remindedAt()))
                .append("waitingNumber", booking.waitingNumber())
                .append(CALENDAR_SEQUENCE, booking.calendarSequence())
                .append("attendance", booking.attendance().entrySet().stream()
                        .map(e -> new Document("email", e.getKey()).append("attended", e.getValue())
                                .append("certificate", booking.certificateCodes().get(e.getKey()))).toList());
    }

    @Override
    public Booking toAggregate(Document document, long version) {
        Document contact = document.get("contact", Document.class);
        Document price = document.get("price", Document.class);
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        Map<String, String> certificates = new LinkedHashMap<>();
        document.getList("attendance", Document.class, List.of()).forEach(entry -> {
            attendance.put(entry.getString("email"), entry.getBoolean("attended"));
            if (entry.getString("certificate") != null) {
                certificates.put(entry.getString("email"), entry.getString("certificate"));
            }
        });
        Number waitingNumber = (Number) document.get("waitingNumber");
        return Booking.restore(document.getString("_id"), document.getString(SESSION_ID),
                document.getString(ORGANISATION_ID), document.getString("organisationName"),
                new BookingContact(contact.getString("personId"), contact.getString("name"), contact.getString("email")),
                document.getList("attendees", Document.class).stream()
                        .map(a -> new Attendee(a.getString("name"), a.getString("email"))).toList(),
                document.getString("purchaseOrder"),
                Price.of(price.getString("net"), price.getString("vat"), price.getString("gross"),
                        PriceBasis.valueOf(price.getString("basis"))),
                instant(document.getDate(BOOKED_AT)), BookingStatus.valueOf(document.getString("status")),
                instant(document.getDate("confirmedAt")), instant(document.getDate("cancelledAt")),
                document.getString("cancellationReason"), instant(document.getDate("remindedAt")),
                waitingNumber == null ? null : waitingNumber.longValue(), attendance, certificates,
                document.getInteger(CALENDAR_SEQUENCE, 0), version);
    }
}
