package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

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
