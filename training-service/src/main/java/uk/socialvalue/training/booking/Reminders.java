package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.support.domain.ConcurrentUpdate;

/**
 * Makes reminders fall due for sessions starting within the configured number of days. Each booking is
 * reminded once: the mark and its event are stored in one write, and a second run, here or on another
 * instance, finds nothing left to do. A session that other writers keep changing beyond the conflict retries
 * is left for the next run, and the run carries on with the others.
 */
public class Reminders {

    private final Sessions sessions;
    private final SessionChanges changes;
    private final TrainingProperties properties;
    private final Clock clock;

    public Reminders(Sessions sessions, SessionChanges changes, TrainingProperties properties, Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What one run did.
     *
     * @param reminded     how many bookings were reminded
     * @param conflicting  the sessions left for the next run
     */
    public record Run(int reminded, List<String> conflicting) {
    }

    public Run remindDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int days = properties.reminderDaysBefore();
        int reminded = 0;
        List<String> conflicting = new ArrayList<>();
        for (Session session : sessions.scheduled(now, now.plus(Duration.ofDays(days)), null, null)) {
            try {
                reminded += changes.change(session.id(), latest -> latest.remindAttendees(days, now));
            } catch (ConcurrentUpdate conflict) {
                conflicting.add(session.id());
            }
        }
        return new Run(reminded, List.copyOf(conflicting));
    }
}
