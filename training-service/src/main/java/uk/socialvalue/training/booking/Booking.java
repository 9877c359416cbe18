package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    /** What an erased person's name reads as. */
    static final String ERASED_NAME = "Erased person";

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

    /**
     * The booking with the person's name and email address erased, as booking contact and as attendee: seats,
     * prices and attendance (under a placeholder address) stay, so counts and invoices still add up.
     *
     * @return the same booking when there is nothing to erase
     */
    Booking erasing(String personId, Collection<String> emails) {
        BookingContact erasedContact = contact;
        if (contact.personId().equals(personId) || (contact.email() != null && emails.contains(contact.email()))) {
            erasedContact = new BookingContact(contact.personId(), ERASED_NAME, null);
        }
        List<Attendee> erasedAttendees = new ArrayList<>();
        Map<String, Boolean> erasedAttendance = new LinkedHashMap<>(attendance);
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee.email() != null && emails.contains(attendee.email())) {
                String placeholder = "erased-" + (i + 1) + "@erased.invalid";
                erasedAttendees.add(new Attendee(ERASED_NAME, placeholder));
                Boolean attended = erasedAttendance.remove(attendee.email());
                if (attended != null) {
                    erasedAttendance.put(placeholder, attended);
                }
            } else {
                erasedAttendees.add(attendee);
            }
        }
        if (erasedContact.equals(contact) && erasedAttendees.equals(attendees)) {
            return this;
        }
        return new Booking(id, organisationId, organisationName, erasedContact, erasedAttendees, purchaseOrder, price,
                bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt, erasedAttendance);
    }

    /** Whether the person is its booking contact, or one of its attendees by address. */
    public boolean involves(String personId, String email) {
        return contact.personId().equals(personId)
                || (email != null && attendees.stream().anyMatch(attendee -> email.equals(attendee.email())));
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
