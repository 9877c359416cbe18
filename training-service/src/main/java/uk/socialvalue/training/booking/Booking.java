package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.Aggregate;

/**
 * An organisation's places on a session, one per named attendee, at the price fixed when it was made: an
 * aggregate of its own, keyed by its id and stored with the id of its session, so that a session holds no
 * bookings and each booking is one small document. It records what happens to it as events about its session
 * (keyed by the session id on the wire, as before).
 */
public class Booking implements Aggregate {

    /** What a booking is called in messages to people. */
    public static final String NAME = "Booking";

    /** What an erased person's name reads as. */
    static final String ERASED_NAME = "Erased person";

    private final String id;
    private final String sessionId;
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
    /** Its place in the session's waiting list while it waits, else {@code null}. */
    private final Long waitingNumber;
    /** Attendance by attendee email, once recorded. */
    private final Map<String, Boolean> attendance;
    private final long version;
    private final List<TrainingEvent> events = new ArrayList<>();

    Booking(String id, String sessionId, String organisationId, String organisationName, BookingContact contact,
            List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt, BookingStatus status,
            Instant confirmedAt, Instant cancelledAt, String cancellationReason, Instant remindedAt,
            Long waitingNumber, Map<String, Boolean> attendance, long version) {
        this.id = Objects.requireNonNull(id);
        this.sessionId = Objects.requireNonNull(sessionId);
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
        this.waitingNumber = waitingNumber;
        this.attendance = new LinkedHashMap<>(attendance);
        this.version = version;
    }

    /** A booking as stored; for repositories only. */
    public static Booking restore(String id, String sessionId, String organisationId, String organisationName,
            BookingContact contact, List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt,
            BookingStatus status, Instant confirmedAt, Instant cancelledAt, String cancellationReason,
            Instant remindedAt, Long waitingNumber, Map<String, Boolean> attendance, long version) {
        return new Booking(id, sessionId, organisationId, organisationName, contact, attendees, purchaseOrder, price,
                bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt, waitingNumber, attendance,
                version);
    }

    /** A booking whose places were taken at once. */
    static Booking confirmed(String id, Session session, BookingRequest request, List<Attendee> attendees,
            String organisationName, Price price, Instant now) {
        var booking = new Booking(id, session.id(), request.organisationId(), organisationName, request.contact(),
                attendees, request.purchaseOrder(), price, now, BookingStatus.CONFIRMED, now, null, null, null, null,
                Map.of(), 0);
        booking.events.add(new BookingConfirmed(Session.newEventId(), now, session.id(), session.details(),
                booking.summary()));
        return booking;
    }

    /** A booking that did not fit and waits, whole, at {@code position} in the queue. */
    static Booking waitlisted(String id, Session session, BookingRequest request, List<Attendee> attendees,
            String organisationName, Price price, Instant now, WaitingLists.Place place) {
        var booking = new Booking(id, session.id(), request.organisationId(), organisationName, request.contact(),
                attendees, request.purchaseOrder(), price, now, BookingStatus.WAITLISTED, null, null, null, null,
                place.number(), Map.of(), 0);
        booking.events.add(new BookingWaitlisted(Session.newEventId(), now, session.id(), session.details(),
                booking.summary(), place.position()));
        return booking;
    }

    /**
     * Cancels it. An organisation may cancel its places only before the cut-off (it may always leave the
     * waiting list); SVUK admins may cancel any booking until the session starts; a cancelled session takes
     * every live booking with it.
     *
     * @throws BookingRefused when it is cancelled already or it is too late
     */
    void cancel(BookingCancelled.Cause cause, String reason, Session session, Instant now) {
        if (!status.isLive()) {
            throw new BookingRefused("The booking is cancelled already");
        }
        SessionPlan plan = session.plan();
        boolean wasWaitlisted = status == BookingStatus.WAITLISTED;
        if (cause != BookingCancelled.Cause.SESSION_CANCELLED) {
            if (!now.isBefore(plan.startsAt())) {
                throw new BookingRefused("The session has started");
            }
            if (cause == BookingCancelled.Cause.ORGANISATION && !wasWaitlisted && !now.isBefore(plan.bookingCutOff())) {
                throw new BookingRefused("Places can only be cancelled before the cut-off, " + plan.bookingCutOff()
                        + "; please contact SVUK");
            }
        }
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason;
        events.add(new BookingCancelled(Session.newEventId(), now, sessionId, session.details(), summary(),
                wasWaitlisted, cause, reason));
    }

    /** Confirms a waiting booking into seats that were freed; it keeps the price it was made at. */
    void promote(Session session, Instant now) {
        if (status != BookingStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waiting booking is promoted, not a " + status + " one");
        }
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
        events.add(new BookingPromoted(Session.newEventId(), now, sessionId, session.details(), summary()));
    }

    /** Marks a confirmed booking not yet reminded as reminded, with its event; whether it was due. */
    boolean remind(Session session, int daysBefore, Instant now) {
        if (status != BookingStatus.CONFIRMED || remindedAt != null || !session.remindersDue(daysBefore, now)) {
            return false;
        }
        remindedAt = now;
        events.add(new SessionReminderDue(Session.newEventId(), now, sessionId, session.details(), summary(),
                daysBefore));
        return true;
    }

    /** Records whether one of its attendees attended; an event if that changed. */
    void recordAttendance(String email, boolean attended, Session session, Instant now) {
        if (Objects.equals(attendance.put(email, attended), attended)) {
            return;
        }
        Attendee attendee = attendees.stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
        events.add(new AttendanceRecorded(Session.newEventId(), now, sessionId, session.details(), id, organisationId,
                attendee, attended, attended ? session.plan().course().cpdHours().toPlainString() : "0"));
    }

    public int seats() {
        return attendees.size();
    }

    /** The attendees' emails, each of which holds a place on the session while the booking is live. */
    public List<String> emails() {
        return attendees.stream().map(Attendee::email).toList();
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
        return new Booking(id, sessionId, organisationId, organisationName, erasedContact, erasedAttendees,
                purchaseOrder, price, bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt,
                waitingNumber, erasedAttendance, version);
    }

    /** Whether the person is its booking contact, or one of its attendees by address. */
    public boolean involves(String personId, String email) {
        return contact.personId().equals(personId)
                || (email != null && attendees.stream().anyMatch(attendee -> email.equals(attendee.email())));
    }

    /** The events recorded since it was loaded, to be stored with its state. */
    @Override
    public List<TrainingEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public String sessionId() {
        return sessionId;
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

    /** The position it was given when it joined the waiting list, from its event; {@code null} if it did not. */
    Integer waitlistedAt() {
        return events.stream().filter(BookingWaitlisted.class::isInstance).map(BookingWaitlisted.class::cast)
                .map(BookingWaitlisted::position).findFirst().orElse(null);
    }

    /** Its number in the session's waiting list, kept after it leaves it; {@code null} if it never waited. */
    public Long waitingNumber() {
        return waitingNumber;
    }

    /** Attendance recorded so far, by attendee email. */
    public Map<String, Boolean> attendance() {
        return Collections.unmodifiableMap(attendance);
    }
}
