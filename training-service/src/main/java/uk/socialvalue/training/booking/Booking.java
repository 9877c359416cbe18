package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.AttendeesSubstituted;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingRescheduled;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.training.certificate.Certificate;
import uk.socialvalue.training.certificate.CertificateLinks;

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
    private List<Attendee> attendees;
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
    /** Certificate codes by attendee email, given when first recorded as attending. */
    private final Map<String, String> certificates;
    /**
     * The calendar sequence of the session as its people were last told of it (when booked, or of a change
     * since): a change of the session is told to the booking once, however often it is handed on.
     */
    private int calendarSequence;
    private final long version;
    private final List<TrainingEvent> events = new ArrayList<>();

    Booking(String id, String sessionId, String organisationId, String organisationName, BookingContact contact,
            List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt, BookingStatus status,
            Instant confirmedAt, Instant cancelledAt, String cancellationReason, Instant remindedAt,
            Long waitingNumber, Map<String, Boolean> attendance, Map<String, String> certificates, long version) {
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
        this.certificates = new LinkedHashMap<>(certificates);
        this.version = version;
    }

    /** A booking as stored; for repositories only. */
    public static Booking restore(String id, String sessionId, String organisationId, String organisationName,
            BookingContact contact, List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt,
            BookingStatus status, Instant confirmedAt, Instant cancelledAt, String cancellationReason,
            Instant remindedAt, Long waitingNumber, Map<String, Boolean> attendance, Map<String, String> certificates,
            long version) {
        return restore(id, sessionId, organisationId, organisationName, contact, attendees, purchaseOrder, price,
                bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt, waitingNumber, attendance,
                certificates, 0, version);
    }

    /** A booking as stored, with the calendar sequence its people were last told of; for repositories only. */
    public static Booking restore(String id, String sessionId, String organisationId, String organisationName,
            BookingContact contact, List<Attendee> attendees, String purchaseOrder, Price price, Instant bookedAt,
            BookingStatus status, Instant confirmedAt, Instant cancelledAt, String cancellationReason,
            Instant remindedAt, Long waitingNumber, Map<String, Boolean> attendance, Map<String, String> certificates,
            int calendarSequence, long version) {
        var booking = new Booking(id, sessionId, organisationId, organisationName, contact, attendees, purchaseOrder,
                price, bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt, waitingNumber,
                attendance, certificates, version);
        booking.calendarSequence = calendarSequence;
        return booking;
    }

    /** A booking whose places were taken at once. */
    static Booking confirmed(String id, Session session, BookingRequest request, List<Attendee> attendees,
            String organisationName, Price price, Instant now) {
        var booking = new Booking(id, session.id(), request.organisationId(), organisationName, request.contact(),
                attendees, request.purchaseOrder(), price, now, BookingStatus.CONFIRMED, now, null, null, null, null,
                Map.of(), Map.of(), 0);
        booking.calendarSequence = session.calendarSequence();
        booking.events.add(new BookingConfirmed(Session.newEventId(), now, session.id(), session.details(),
                booking.summary()));
        return booking;
    }

    /** A booking that did not fit and waits, whole, at {@code position} in the queue. */
    static Booking waitlisted(String id, Session session, BookingRequest request, List<Attendee> attendees,
            String organisationName, Price price, Instant now, WaitingLists.Place place) {
        var booking = new Booking(id, session.id(), request.organisationId(), organisationName, request.contact(),
                attendees, request.purchaseOrder(), price, now, BookingStatus.WAITLISTED, null, null, null, null,
                place.number(), Map.of(), Map.of(), 0);
        booking.calendarSequence = session.calendarSequence();
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

    /**
     * Tells a live booking's people that its session moved or changed place, if a change concerns them and
     * they were not told of it yet (the session's calendar sequence is past the one they were told of); whether
     * it did.
     */
    boolean sessionRescheduled(Session session, SessionDetails previous, List<SessionChange> changes, Instant now) {
        List<SessionChange> theirs = changes.stream().filter(Session::concernsPeople).toList();
        if (!status.isLive() || theirs.isEmpty() || session.calendarSequence() <= calendarSequence) {
            return false;
        }
        calendarSequence = session.calendarSequence();
        if (theirs.contains(SessionChange.TIMES)) {
            remindedAt = null; // reminded of the old date: the new one is reminded of again
        }
        events.add(new BookingRescheduled(Session.newEventId(), now, sessionId, session.details(), previous, theirs,
                summary(), status == BookingStatus.WAITLISTED));
        return true;
    }

    /**
     * Swaps attendees before the cut-off, keeping the number of seats (so the price and the session's seat
     * count stay as they are). The list given replaces the attendees; an attendee kept may have their name
     * corrected.
     *
     * @return whether anyone left or joined
     * @throws BookingRefused when it is cancelled or bookings have closed
     * @throws InvalidField when the number of attendees is not the booking's seats
     */
    boolean substitute(List<Attendee> replacement, Session session, Instant now) {
        checkSubstitutable(replacement, session, now);
        Set<String> before = new HashSet<>(emails());
        Set<String> after = new HashSet<>();
        replacement.forEach(attendee -> after.add(attendee.email()));
        List<Attendee> left = attendees.stream().filter(a -> !after.contains(a.email())).toList();
        List<Attendee> joined = replacement.stream().filter(a -> !before.contains(a.email())).toList();
        boolean renamed = !attendees.equals(replacement);
        attendees = List.copyOf(replacement);
        if (!left.isEmpty() || !joined.isEmpty()) {
            events.add(new AttendeesSubstituted(Session.newEventId(), now, sessionId, session.details(), summary(),
                    left, joined, status == BookingStatus.WAITLISTED));
        }
        return renamed;
    }

    /** Checks that {@link #substitute} may swap in these (normalised) attendees now. */
    void checkSubstitutable(List<Attendee> replacement, Session session, Instant now) {
        if (!status.isLive()) {
            throw new BookingRefused("The booking is cancelled");
        }
        if (!now.isBefore(session.plan().bookingCutOff())) {
            throw new BookingRefused("Attendees can only be changed before the cut-off, "
                    + session.plan().bookingCutOff() + "; please contact SVUK");
        }
        if (replacement.size() != seats()) {
            throw new InvalidField("attendees", "must name " + seats()
                    + " attendees, one for each seat of the booking; book again for more places");
        }
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

    /**
     * Records whether one of its attendees attended; an event if that changed. An attendee who attended has a
     * certificate, whose code is given once and kept (recorded absent and then present again, it is the same).
     */
    void recordAttendance(String email, boolean attended, Session session, Instant now, CertificateLinks links) {
        if (Objects.equals(attendance.put(email, attended), attended)) {
            return;
        }
        String code = attended ? certificates.computeIfAbsent(email, e -> CertificateLinks.newCode()) : null;
        Attendee attendee = attendees.stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
        events.add(new AttendanceRecorded(Session.newEventId(), now, sessionId, session.details(), id, organisationId,
                attendee, attended, attended ? session.plan().course().cpdHours().toPlainString() : "0", code,
                null, code == null ? null : links.sealedPdfUrl(code)));
    }

    /** The certificate of an attendee who attended, as it stands now. */
    Optional<Certificate> certificateOf(String email, Session session, Instant issuedAt) {
        String code = certificates.get(email);
        if (code == null || !Boolean.TRUE.equals(attendance.get(email))) {
            return Optional.empty();
        }
        Attendee attendee = attendees.stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
        CourseSnapshot course = session.plan().course();
        return Optional.of(new Certificate(code, id, organisationId, sessionId, attendee.name(), email, course.title(),
                course.code(), session.plan().startsAt(), course.cpdHours(), issuedAt));
    }

    /** The certificate code given to an attendee, if they were ever recorded as attending. */
    public Optional<String> certificateCode(String email) {
        return Optional.ofNullable(certificates.get(email));
    }

    /** The calendar sequence of the session as its people were last told of it. */
    public int calendarSequence() {
        return calendarSequence;
    }

    /** Certificate codes by attendee email; for repositories. */
    public Map<String, String> certificateCodes() {
        return Collections.unmodifiableMap(certificates);
    }

    public int seats() {
        return attendees.size();
    }

    /** The attendees' emails, each of which holds a place on the session while the booking is live. */
    public List<String> emails() {
        return attendees.stream().map(Attendee::email).toList();
    }

    /** The booking as events describe it. */
    public BookingSummary summary() {
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
        Map<String, String> erasedCertificates = new LinkedHashMap<>(certificates);
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee.email() != null && emails.contains(attendee.email())) {
                String placeholder = "erased-" + (i + 1) + "@erased.invalid";
                erasedAttendees.add(new Attendee(ERASED_NAME, placeholder));
                Boolean attended = erasedAttendance.remove(attendee.email());
                if (attended != null) {
                    erasedAttendance.put(placeholder, attended);
                }
                String code = erasedCertificates.remove(attendee.email());
                if (code != null) {
                    erasedCertificates.put(placeholder, code);
                }
            } else {
                erasedAttendees.add(attendee);
            }
        }
        if (erasedContact.equals(contact) && erasedAttendees.equals(attendees)) {
            return this;
        }
        return restore(id, sessionId, organisationId, organisationName, erasedContact, erasedAttendees,
                purchaseOrder, price, bookedAt, status, confirmedAt, cancelledAt, cancellationReason, remindedAt,
                waitingNumber, erasedAttendance, erasedCertificates, calendarSequence, version);
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
