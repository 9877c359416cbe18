package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionPrices;
import uk.socialvalue.contracts.training.SessionRescheduled;
import uk.socialvalue.contracts.training.SessionScheduled;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;

/**
 * A session of a course: what it is, whether it runs, and how its seats stand. Its bookings are aggregates of
 * their own ({@link Booking}), so a session stays the same small document however many bookings it has; the
 * seats taken and the length of the waiting list are counters that bookings change with atomic conditional
 * updates ({@link Sessions#takeSeats}), never by rewriting the session.
 */
public class Session implements Aggregate {

    /** What a session is called in messages to people. */
    public static final String NAME = "Session";

    private final String id;
    private SessionPlan plan;
    private final Instant scheduledAt;
    private SessionStatus status;
    private String cancellationReason;
    private Instant cancelledAt;
    /** The SEQUENCE of its calendar entry: one more with every change its attendees are told about. */
    private int calendarSequence;
    private final int seatsTaken;
    private final int waitlisted;
    private final long version;
    private final List<TrainingEvent> events = new ArrayList<>();

    Session(String id, SessionPlan plan, Instant scheduledAt, SessionStatus status, String cancellationReason,
            Instant cancelledAt, int calendarSequence, int seatsTaken, int waitlisted, long version) {
        this.id = Objects.requireNonNull(id);
        this.plan = Objects.requireNonNull(plan);
        this.scheduledAt = scheduledAt;
        this.status = Objects.requireNonNull(status);
        this.cancellationReason = cancellationReason;
        this.cancelledAt = cancelledAt;
        this.calendarSequence = calendarSequence;
        this.seatsTaken = seatsTaken;
        this.waitlisted = waitlisted;
        this.version = version;
    }

    /** A session as stored before its calendar sequence was kept, which counts from 0; for tests only. */
    public static Session restore(String id, SessionPlan plan, Instant scheduledAt, SessionStatus status,
            String cancellationReason, Instant cancelledAt, int seatsTaken, int waitlisted, long version) {
        return restore(id, plan, scheduledAt, status, cancellationReason, cancelledAt, 0, seatsTaken, waitlisted,
                version);
    }

    /** A session as stored, with its seat counters as they were read; for repositories only. */
    public static Session restore(String id, SessionPlan plan, Instant scheduledAt, SessionStatus status,
            String cancellationReason, Instant cancelledAt, int calendarSequence, int seatsTaken, int waitlisted,
            long version) {
        return new Session(id, plan, scheduledAt, status, cancellationReason, cancelledAt, calendarSequence,
                seatsTaken, waitlisted, version);
    }

    /** A new session, open for booking until its cut-off. */
    public static Session schedule(String id, SessionPlan plan, Instant now) {
        if (!plan.startsAt().isAfter(now)) {
            throw new InvalidField("startsAt", "must be in the future");
        }
        var session = new Session(id, plan, now, SessionStatus.SCHEDULED, null, null, 0, 0, 0, 0);
        session.events.add(new SessionScheduled(newEventId(), now, id, session.details(), plan.capacity(),
                new SessionPrices(plan.memberPrice().toPlainString(), plan.nonMemberPrice().toPlainString(), "GBP"),
                plan.bookingCutOff()));
        return session;
    }

    /**
     * Checks that a booking of this many (normalised) attendees may be made now.
     *
     * @throws BookingRefused when the session is cancelled or bookings have closed
     * @throws InvalidField   when there are more attendees than the session has seats
     */
    void checkBookable(int attendees, Instant now) {
        requireScheduled();
        if (!now.isBefore(plan.bookingCutOff())) {
            throw new BookingRefused("Bookings for this session closed at " + plan.bookingCutOff());
        }
        if (attendees > plan.capacity()) {
            throw new InvalidField("attendees", "must be at most the session's " + plan.capacity() + " seats");
        }
    }

    /**
     * What {@code seats} places cost at the price list of {@code basis}: what booking charges.
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
     * Stops the session; its live bookings are cancelled after it, each by its own {@link Booking#cancel}, and
     * then {@link #announceCancellation} tells how many went.
     *
     * @throws BookingRefused when it is cancelled already or over
     */
    public void cancel(String reason, Instant now) {
        requireScheduled();
        if (!now.isBefore(plan.endsAt())) {
            throw new BookingRefused("The session is over");
        }
        status = SessionStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = now;
        calendarSequence++;
    }

    /**
     * Changes the plan of a session that has not started: its times, place, joining link, capacity or cut-off.
     * The capacity may not go below the seats confirmed; the store checks that again as it saves
     * ({@link Sessions#saveWithinSeats}), since bookings take seats without loading the session.
     *
     * @return what changed; nothing (and no event) when the plan is the same
     * @throws BookingRefused when the session is cancelled or has started, or the capacity is below the seats taken
     * @throws InvalidField   when the new start is not in the future
     */
    public List<SessionChange> reschedule(SessionPlan changed, Instant now) {
        requireScheduled();
        if (!now.isBefore(plan.startsAt())) {
            throw new BookingRefused("The session has started; it can no longer be changed");
        }
        if (!changed.startsAt().equals(plan.startsAt()) && !changed.startsAt().isAfter(now)) {
            throw new InvalidField("startsAt", "must be in the future");
        }
        if (changed.capacity() < seatsTaken) {
            throw new BookingRefused("The capacity cannot go below the " + seatsTaken + " seats already confirmed",
                    Map.of("confirmedSeats", seatsTaken));
        }
        List<SessionChange> changes = changesTo(changed);
        if (changes.isEmpty()) {
            return changes;
        }
        SessionDetails previous = details();
        int previousCapacity = plan.capacity();
        plan = changed;
        if (changes.stream().anyMatch(Session::concernsPeople)) {
            calendarSequence++;
        }
        events.add(new SessionRescheduled(newEventId(), now, id, details(), previous, changes, plan.capacity(),
                previousCapacity, plan.bookingCutOff()));
        return changes;
    }

    /** Whether attendees are told of such a change (with the updated calendar entry): times, place, joining link. */
    static boolean concernsPeople(SessionChange change) {
        return change == SessionChange.TIMES || change == SessionChange.PLACE || change == SessionChange.ONLINE_LINK;
    }

    /** What changed for people between two descriptions of a session: times, place, joining link. */
    static List<SessionChange> changesBetween(SessionDetails before, SessionDetails after) {
        EnumSet<SessionChange> changes = EnumSet.noneOf(SessionChange.class);
        if (!before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())) {
            changes.add(SessionChange.TIMES);
        }
        if (before.format() != after.format() || !Objects.equals(before.venue(), after.venue())) {
            changes.add(SessionChange.PLACE);
        }
        if (!Objects.equals(before.onlineUrl(), after.onlineUrl())) {
            changes.add(SessionChange.ONLINE_LINK);
        }
        return List.copyOf(changes);
    }

    private List<SessionChange> changesTo(SessionPlan changed) {
        EnumSet<SessionChange> changes = EnumSet.noneOf(SessionChange.class);
        changes.addAll(changesBetween(details(), details(changed)));
        if (changed.capacity() != plan.capacity()) {
            changes.add(SessionChange.CAPACITY);
        }
        if (!changed.bookingCutOff().equals(plan.bookingCutOff())) {
            changes.add(SessionChange.BOOKING_CUT_OFF);
        }
        return List.copyOf(changes);
    }

    /** Records that the session was cancelled, with the number of bookings cancelled with it. */
    void announceCancellation(int bookingsCancelled, Instant now) {
        events.add(new SessionCancelled(newEventId(), now, id, details(), cancellationReason, bookingsCancelled));
    }

    /** Whether the session's reminders fall due at {@code now}: it runs and starts within the days given. */
    boolean remindersDue(int daysBefore, Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(plan.startsAt())
                && !now.isBefore(plan.startsAt().minus(Duration.ofDays(daysBefore)));
    }

    /**
     * Checks that attendance may be recorded now.
     *
     * @throws BookingRefused when the session was cancelled or has not started
     */
    void checkAttendanceOpen(Instant now) {
        requireScheduled();
        if (now.isBefore(plan.startsAt())) {
            throw new BookingRefused("Attendance can be recorded once the session has started");
        }
    }

    /** Whether waiting bookings may still be promoted: it runs and has not started. */
    boolean promotesAt(Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(plan.startsAt());
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public int seatsLeft() {
        return Math.max(0, plan.capacity() - seatsTaken);
    }

    /** How many bookings are on the waiting list. */
    public int waitlisted() {
        return waitlisted;
    }

    /** What events say about the session, its calendar sequence included. */
    public SessionDetails details() {
        return details(plan);
    }

    private SessionDetails details(SessionPlan plan) {
        return new SessionDetails(id, plan.course().courseId(), plan.course().code(), plan.course().title(),
                plan.startsAt(), plan.endsAt(), UkTime.ZONE_ID, plan.format(), plan.venue(), plan.onlineUrl(),
                plan.course().cpdHours().toPlainString(), calendarSequence);
    }

    /** The SEQUENCE of its calendar entry: 0 when scheduled, one more with every change attendees are told of. */
    public int calendarSequence() {
        return calendarSequence;
    }

    private void requireScheduled() {
        if (status != SessionStatus.SCHEDULED) {
            throw new BookingRefused("The session was cancelled");
        }
    }

    static String newEventId() {
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

    @Override
    public long version() {
        return version;
    }
}
