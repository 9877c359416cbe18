package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionPrices;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.SessionScheduled;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;

/**
 * A session of a course with every booking on it: the aggregate that keeps capacity, the waiting list and
 * cut-offs, and records what happened as events to be stored with its state in one write.
 * <p>
 * Bookings are kept in arrival order; that order is the waiting list's.
 */
public class Session implements Aggregate {

    /** Where SVUK runs its training: times are shown to people in UK time. */
    /** What a session is called in messages to people. */
    public static final String NAME = "Session";

    private final String id;
    private final SessionPlan plan;
    private final Instant scheduledAt;
    private SessionStatus status;
    private String cancellationReason;
    private Instant cancelledAt;
    private final List<Booking> bookings;
    private final long version;
    private final List<TrainingEvent> events = new ArrayList<>();

    Session(String id, SessionPlan plan, Instant scheduledAt, SessionStatus status, String cancellationReason,
            Instant cancelledAt, List<Booking> bookings, long version) {
        this.id = Objects.requireNonNull(id);
        this.plan = Objects.requireNonNull(plan);
        this.scheduledAt = scheduledAt;
        this.status = Objects.requireNonNull(status);
        this.cancellationReason = cancellationReason;
        this.cancelledAt = cancelledAt;
        this.bookings = new ArrayList<>(bookings);
        this.version = version;
    }

    /** A session as stored; for repositories only. */
    public static Session restore(String id, SessionPlan plan, Instant scheduledAt, SessionStatus status,
            String cancellationReason, Instant cancelledAt, List<Booking> bookings, long version) {
        return new Session(id, plan, scheduledAt, status, cancellationReason, cancelledAt, bookings, version);
    }

    /** A new session, open for booking until its cut-off. */
    public static Session schedule(String id, SessionPlan plan, Instant now) {
        if (!plan.startsAt().isAfter(now)) {
            throw new InvalidField("startsAt", "must be in the future");
        }
        var session = new Session(id, plan, now, SessionStatus.SCHEDULED, null, null, List.of(), 0);
        session.events.add(new SessionScheduled(newEventId(), now, id, session.details(), plan.capacity(),
                new SessionPrices(plan.memberPrice().toPlainString(), plan.nonMemberPrice().toPlainString(), "GBP"),
                plan.bookingCutOff()));
        return session;
    }

    /**
     * Books places for the request's attendees at the price for {@code basis}: confirmed if they all fit in
     * the seats left, else put whole on the waiting list.
     *
     * @throws InvalidField when the request itself is wrong (no attendees, one named twice, more
     *                             attendees than the session has seats)
     * @throws BookingRefused      when the session is cancelled or closed, or an attendee already holds a place
     */
    public Booking book(String bookingId, BookingRequest request, String organisationName, PriceBasis basis,
            Instant now) {
        List<Attendee> attendees = normalised(request.attendees());
        requireScheduled();
        if (!now.isBefore(plan.bookingCutOff())) {
            throw new BookingRefused("Bookings for this session closed at " + plan.bookingCutOff());
        }
        if (attendees.size() > plan.capacity()) {
            throw new InvalidField("attendees", "must be at most the session's " + plan.capacity() + " seats");
        }
        List<String> alreadyBooked = attendees.stream().map(Attendee::email)
                .filter(email -> bookings.stream().anyMatch(booking -> booking.holds(email))).toList();
        if (!alreadyBooked.isEmpty()) {
            throw new BookingRefused("Already holding a place on this session: " + String.join(", ", alreadyBooked),
                    Map.of("emails", alreadyBooked));
        }
        var price = priceFor(attendees.size(), basis);
        boolean fits = attendees.size() <= seatsLeft();
        var booking = new Booking(bookingId, request.organisationId(), organisationName, request.contact(), attendees,
                request.purchaseOrder(), price, now, fits ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED,
                fits ? now : null, null, null, null, Map.of());
        bookings.add(booking);
        if (fits) {
            events.add(new BookingConfirmed(newEventId(), now, id, details(), booking.summary()));
        } else {
            events.add(new BookingWaitlisted(newEventId(), now, id, details(), booking.summary(),
                    waitlistPosition(bookingId).orElseThrow()));
        }
        return booking;
    }

    /**
     * What {@code seats} places cost at the price list of {@code basis}: what {@link #book} charges.
     *
     * @throws InvalidField when {@code seats} is not between 1 and the session's capacity
     */
    public Price priceFor(int seats, PriceBasis basis) {
        if (seats < 1 || seats > plan.capacity()) {
            throw new InvalidField("seats", "must be between 1 and the session's " + plan.capacity() + " seats");
        }
        return Price.of(basis == PriceBasis.MEMBER ? plan.memberPrice() : plan.nonMemberPrice(), seats, basis);
    }

    /**
     * Cancels a booking. An organisation may cancel its places only before the cut-off (it may always leave
     * the waiting list); SVUK admins may cancel any booking until the session starts. Freed seats go to the
     * waiting list at once.
     *
     * @throws BookingRefused when the booking is cancelled already or it is too late
     */
    public Booking cancelBooking(String bookingId, BookingCancelled.Cause cause, String reason, Instant now) {
        Booking booking = booking(bookingId).orElseThrow(() -> new NotFound("No booking " + bookingId));
        if (!booking.status().isLive()) {
            throw new BookingRefused("The booking is cancelled already");
        }
        if (!now.isBefore(plan.startsAt())) {
            throw new BookingRefused("The session has started");
        }
        boolean wasWaitlisted = booking.status() == BookingStatus.WAITLISTED;
        if (cause == BookingCancelled.Cause.ORGANISATION && !wasWaitlisted && !now.isBefore(plan.bookingCutOff())) {
            throw new BookingRefused("Places can only be cancelled before the cut-off, " + plan.bookingCutOff()
                    + "; please contact SVUK");
        }
        booking.cancel(reason, now);
        events.add(new BookingCancelled(newEventId(), now, id, details(), booking.summary(), wasWaitlisted, cause,
                reason));
        promoteWaitingBookings(now);
        return booking;
    }

    /** Cancels the session and every live booking on it, each told through its own cancellation. */
    public void cancel(String reason, Instant now) {
        requireScheduled();
        if (!now.isBefore(plan.endsAt())) {
            throw new BookingRefused("The session is over");
        }
        status = SessionStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = now;
        int cancelled = 0;
        for (Booking booking : bookings) {
            if (booking.status().isLive()) {
                boolean wasWaitlisted = booking.status() == BookingStatus.WAITLISTED;
                booking.cancel(reason, now);
                events.add(new BookingCancelled(newEventId(), now, id, details(), booking.summary(), wasWaitlisted,
                        BookingCancelled.Cause.SESSION_CANCELLED, reason));
                cancelled++;
            }
        }
        events.add(new SessionCancelled(newEventId(), now, id, details(), reason, cancelled));
    }

    /**
     * Marks each confirmed booking not yet reminded as reminded, with an event, once the session is
     * {@code daysBefore} days away or less and has not started.
     *
     * @return how many bookings fell due
     */
    public int remindAttendees(int daysBefore, Instant now) {
        if (status != SessionStatus.SCHEDULED || !now.isBefore(plan.startsAt())
                || now.isBefore(plan.startsAt().minus(Duration.ofDays(daysBefore)))) {
            return 0;
        }
        int due = 0;
        for (Booking booking : bookings) {
            if (booking.status() == BookingStatus.CONFIRMED && booking.remindedAt() == null) {
                booking.reminded(now);
                events.add(new SessionReminderDue(newEventId(), now, id, details(), booking.summary(), daysBefore));
                due++;
            }
        }
        return due;
    }

    /**
     * Records who attended, once the session has started; an event per attendee whose record changed.
     *
     * @throws InvalidField when an email is not a confirmed attendee's
     * @throws BookingRefused      when the session was cancelled or has not started
     */
    public void recordAttendance(List<AttendanceMark> marks, Instant now) {
        requireScheduled();
        if (now.isBefore(plan.startsAt())) {
            throw new BookingRefused("Attendance can be recorded once the session has started");
        }
        List<Booking> bookingsOfMarks = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            String email = normalisedEmail(marks.get(i).email());
            int index = i;
            bookingsOfMarks.add(bookings.stream()
                    .filter(booking -> booking.status() == BookingStatus.CONFIRMED && booking.holds(email))
                    .findFirst().orElseThrow(() -> new InvalidField("attendance[" + index + "].email",
                            "is not the email of a confirmed attendee")));
        }
        for (int i = 0; i < marks.size(); i++) {
            Booking booking = bookingsOfMarks.get(i);
            AttendanceMark mark = marks.get(i);
            String email = normalisedEmail(mark.email());
            if (booking.attended(email, mark.attended())) {
                Attendee attendee = booking.attendees().stream().filter(a -> a.email().equals(email)).findFirst()
                        .orElseThrow();
                events.add(new AttendanceRecorded(newEventId(), now, id, details(), booking.id(),
                        booking.organisationId(), attendee, mark.attended(),
                        mark.attended() ? plan.course().cpdHours().toPlainString() : "0"));
            }
        }
    }

    /** Confirms, in arrival order, each waiting booking that fits in the seats left. */
    private void promoteWaitingBookings(Instant now) {
        if (status != SessionStatus.SCHEDULED || !now.isBefore(plan.startsAt())) {
            return;
        }
        for (Booking booking : bookings) {
            if (booking.status() == BookingStatus.WAITLISTED && booking.seats() <= seatsLeft()) {
                booking.confirm(now);
                events.add(new BookingPromoted(newEventId(), now, id, details(), booking.summary()));
            }
        }
    }

    /**
     * Erases the person from its bookings, as booking contact and as attendee; no event, and no seat changes.
     *
     * @return whether anything was left to erase
     */
    public boolean erasePerson(String personId, Collection<String> emails) {
        boolean changed = false;
        for (int i = 0; i < bookings.size(); i++) {
            Booking erased = bookings.get(i).erasing(personId, emails);
            if (erased != bookings.get(i)) {
                bookings.set(i, erased);
                changed = true;
            }
        }
        return changed;
    }

    public int seatsTaken() {
        return bookings.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).mapToInt(Booking::seats).sum();
    }

    public int seatsLeft() {
        return plan.capacity() - seatsTaken();
    }

    /** How many bookings are on the waiting list. */
    public int waitlisted() {
        return (int) bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED).count();
    }

    /** A waiting booking's place in the queue, from 1. */
    public Optional<Integer> waitlistPosition(String bookingId) {
        int position = 0;
        for (Booking booking : bookings) {
            if (booking.status() == BookingStatus.WAITLISTED) {
                position++;
                if (booking.id().equals(bookingId)) {
                    return Optional.of(position);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Booking> booking(String bookingId) {
        return bookings.stream().filter(booking -> booking.id().equals(bookingId)).findFirst();
    }

    /** What events say about the session. */
    public SessionDetails details() {
        return new SessionDetails(id, plan.course().courseId(), plan.course().code(), plan.course().title(),
                plan.startsAt(), plan.endsAt(), UkTime.ZONE_ID, plan.format(), plan.venue(), plan.onlineUrl(),
                plan.course().cpdHours().toPlainString());
    }

    private void requireScheduled() {
        if (status != SessionStatus.SCHEDULED) {
            throw new BookingRefused("The session was cancelled");
        }
    }

    private static List<Attendee> normalised(List<Attendee> attendees) {
        if (attendees == null || attendees.isEmpty()) {
            throw new InvalidField("attendees", "must name at least one attendee");
        }
        List<Attendee> normalised = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee == null || attendee.name() == null || attendee.name().isBlank()) {
                throw new InvalidField("attendees[" + i + "].name", "is required");
            }
            if (attendee.email() == null || attendee.email().isBlank()) {
                throw new InvalidField("attendees[" + i + "].email", "is required");
            }
            String email = normalisedEmail(attendee.email());
            if (!emails.add(email)) {
                throw new InvalidField("attendees[" + i + "].email", "names the same attendee twice");
            }
            normalised.add(new Attendee(attendee.name().strip(), email));
        }
        return normalised;
    }

    /** Email addresses compare without case: one person, one place, however they typed it. */
    private static String normalisedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** The events recorded since the session was loaded, to be stored with its state. */
    @Override
    public List<TrainingEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public String id() {
        return id;
    }

    public SessionPlan plan() {
        return plan;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** Every booking, in arrival order. */
    public List<Booking> bookings() {
        return List.copyOf(bookings);
    }

    @Override
    public long version() {
        return version;
    }
}
