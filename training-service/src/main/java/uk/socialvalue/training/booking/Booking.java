package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingSummary;

/**
 * An organisation's places on a session, one per named attendee, at the price fixed when it was made. It
 * lives inside its {@link Session}, which alone changes it.
 */
public class Booking {

    private final String id;
    private final String organisationId;
    private final String organisationName;
    private final BookingContact contact;
    private final List<Attendee> attendees;
    private final String purchaseOrder;
    private final Price price;
    private final Instant bookedAt;
    private BookingStatus status;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private String cancellationReason;
    private Instant remindedAt;
    /** Attendance by attendee email, once recorded. */
    private final Map<String, Boolean> attendance;

    Booking(String id, String organisationId, String organisationName, BookingContact contact,
            List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt, BookingStatus status,
            Instant confirmedAt, Instant cancelledAt, String cancellationReason, Instant remindedAt,
            Map<String, Boolean> attendance) {
        this.id = Objects.requireNonNull(id);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.organisationName = organisationName;
        this.contact = Objects.requireNonNull(contact);
        this.attendees = List.copyOf(attendees);
        this.purchaseOrder = purchaseOrder;
        this.price = Objects.requireNonNull(price);
        this.bookedAt = Objects.requireNonNull(bookedAt);
        this.status = Objects.requireNonNull(status);
        this.confirmedAt = confirmedAt;
        this.cancelledAt = cancelledAt;
        this.cancellationReason = cancellationReason;
        this.remindedAt = remindedAt;
        this.attendance = new LinkedHashMap<>(attendance);
    }

    /** A booking as stored; for repositories only. */
    public static Booking restore(String id, String organisationId, String organisationName, BookingContact contact,
            List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt, BookingStatus status,
            Instant confirmedAt, Instant cancelledAt, String cancellationReason, Instant remindedAt,
            Map<String, Boolean> attendance) {
        return new Booking(id, organisationId, organisationName, contact, attendees, purchaseOrder, price, bookedAt,
                status, confirmedAt, cancelledAt, cancellationReason, remindedAt, attendance);
    }

    public int seats() {
        return attendees.size();
    }

    boolean holds(String email) {
        return status.isLive() && attendees.stream().anyMatch(attendee -> attendee.email().equals(email));
    }

    void confirm(Instant now) {
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
    }

    void cancel(String reason, Instant now) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    /** Records attendance; whether it changed. */
    boolean attended(String email, boolean attended) {
        return !Objects.equals(attendance.put(email, attended), attended);
    }

    BookingSummary summary() {
        return new BookingSummary(id, organisationId, organisationName, contact, attendees, seats(), purchaseOrder,
                price.summary());
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public BookingContact contact() {
        return contact;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public String purchaseOrder() {
        return purchaseOrder;
    }

    public Price price() {
        return price;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    /** Attendance recorded so far, by attendee email. */
    public Map<String, Boolean> attendance() {
        return Collections.unmodifiableMap(attendance);
    }
}
