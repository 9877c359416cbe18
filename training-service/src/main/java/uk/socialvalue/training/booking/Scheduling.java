package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.catalogue.Course;

/** SVUK admins scheduling and cancelling sessions, and anyone finding them. */
public class Scheduling {

    private final Sessions sessions;
    private final SessionBookings bookings;
    private final Bookings booking;
    private final Retry retry;
    private final Catalogue catalogue;
    private final TrainingProperties properties;
    private final Clock clock;

    public Scheduling(Sessions sessions, SessionBookings bookings, Bookings booking, Retry retry, Catalogue catalogue,
            TrainingProperties properties, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.booking = booking;
        this.retry = retry;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What an admin asks for; the cut-off may be left out, and then falls the configured time before the start.
     */
    public record NewSession(String courseId, Instant startsAt, Instant endsAt, SessionFormat format, String venue,
            String onlineUrl, int capacity, BigDecimal memberPrice, BigDecimal nonMemberPrice,
            Instant bookingCutOff) {
    }

    public Session schedule(NewSession request) {
        Course course = catalogue.course(request.courseId());
        if (!course.isActive()) {
            throw new InvalidField("courseId", "names a retired course");
        }
        Instant cutOff = request.bookingCutOff() != null ? request.bookingCutOff()
                : request.startsAt() == null ? null : request.startsAt().minus(properties.defaultBookingCutOff());
        var plan = new SessionPlan(new CourseSnapshot(course.id(), course.details().code(), course.details().title(),
                course.details().cpdHours()), request.startsAt(), request.endsAt(), request.format(), request.venue(),
                request.onlineUrl(), request.capacity(), request.memberPrice(), request.nonMemberPrice(), cutOff);
        Session session = Session.schedule(UUID.randomUUID().toString(), plan, now());
        sessions.add(session);
        return session;
    }

    /**
     * Cancels the session, then each of its live bookings (each tells its organisation through its own
     * {@code BookingCancelled}), then announces how many went. A booking made while this runs sees the
     * cancelled session once it is stored and cancels itself.
     */
    public Session cancel(String sessionId, String reason) {
        retry.onConflict(() -> {
            Session session = session(sessionId);
            session.cancel(reason, now());
            sessions.save(session);
            return session;
        });
        Session cancelled = session(sessionId);
        int bookingsCancelled = 0;
        for (Booking live : bookings.allOfSession(sessionId)) {
            if (live.status().isLive() && booking.cancelledWithTheSession(live.id(), cancelled)) {
                bookingsCancelled++;
            }
        }
        int count = bookingsCancelled;
        return retry.onConflict(() -> {
            Session session = session(sessionId);
            session.announceCancellation(count, now());
            sessions.save(session);
            return session(sessionId);
        });
    }

    /**
     * Changes a session's plan. Each live booking is then told, if the change concerns its people (times,
     * place, joining link): confirmed ones with the updated calendar entry. A larger capacity promotes the
     * waiting list; a capacity below the seats confirmed is refused.
     * <p>
     * Telling the bookings is durable: the session's {@code SessionRescheduled} is stored with the change, in the
     * same write, and when it comes back from the topic {@link #tellBookingsOf} tells every live booking not told
     * yet. So a crash part-way through the loop here leaves no booking untold, and a booking is told once (each
     * remembers the calendar sequence it was told of).
     *
     * @throws BookingRefused when the session is cancelled or started, or the capacity is below the seats taken
     */
    public Session reschedule(String sessionId, SessionChanges requested) {
        record Rescheduled(Session session, SessionDetails previous, List<SessionChange> changes) {
        }
        Rescheduled done = retry.onConflict(() -> {
            Session session = session(sessionId);
            SessionDetails previous = session.details();
            List<SessionChange> changes = session.reschedule(requested.applyTo(session.plan()), now());
            if (!changes.isEmpty()) {
                sessions.saveWithinSeats(session);
            }
            return new Rescheduled(session, previous, changes);
        });
        tellLiveBookings(done.session(), done.previous(), done.changes());
        if (done.changes().contains(SessionChange.CAPACITY)) {
            booking.promoteWaitingBookings(sessionId);
        }
        return session(sessionId);
    }

    /**
     * Tells each live booking of the session, not told yet, of a change from {@code previous}: what the session's
     * {@code SessionRescheduled} asks when it is read back from the topic, after the request that made it told
     * them, or crashed part-way. Safe to run again.
     *
     * @return how many bookings were told now
     */
    public int tellBookingsOf(String sessionId, SessionDetails previous) {
        Session current = session(sessionId);
        if (current.status() != SessionStatus.SCHEDULED) {
            return 0; // cancelled since: each booking was told of that instead
        }
        return tellLiveBookings(current, previous, Session.changesBetween(previous, current.details()));
    }

    private int tellLiveBookings(Session session, SessionDetails previous, List<SessionChange> changes) {
        int told = 0;
        for (Booking live : bookings.allOfSession(session.id())) {
            if (live.status().isLive() && live.calendarSequence() < session.calendarSequence()) {
                told += retry.onConflict(() -> {
                    Booking current = bookings.byId(live.id()).orElseThrow();
                    if (!current.sessionRescheduled(session, previous, changes, now())) {
                        return 0;
                    }
                    bookings.save(current);
                    return 1;
                });
            }
        }
        return told;
    }

    public Session session(String sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFound("No session " + sessionId));
    }

    /**
     * Scheduled sessions starting in {@code [from, to)}, one page of them; {@code to} may be {@code null} for
     * no end.
     */
    public List<Session> upcoming(Instant from, Instant to, String courseId, SessionFormat format, int page,
            int size) {
        return sessions.scheduled(from == null ? now() : from, to, courseId, format, page, size);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
