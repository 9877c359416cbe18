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
import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.catalogue.Course;

/** SVUK admins scheduling and cancelling sessions, and anyone finding them. */
public class Scheduling {

    private final Sessions sessions;
    private final SessionChanges changes;
    private final Catalogue catalogue;
    private final TrainingProperties properties;
    private final Clock clock;

    public Scheduling(Sessions sessions, SessionChanges changes, Catalogue catalogue, TrainingProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
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

    public Session cancel(String sessionId, String reason) {
        return changes.change(sessionId, session -> {
            session.cancel(reason, now());
            return session;
        });
    }

    public Session session(String sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFound("No session " + sessionId));
    }

    /** Scheduled sessions starting in {@code [from, to)}; {@code to} may be {@code null} for no end. */
    public List<Session> upcoming(Instant from, Instant to, String courseId, SessionFormat format) {
        return sessions.scheduled(from == null ? now() : from, to, courseId, format);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
