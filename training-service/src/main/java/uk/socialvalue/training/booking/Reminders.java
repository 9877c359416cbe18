package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Makes reminders fall due for sessions starting within the configured number of days. Each booking is
 * reminded once: the mark and its event are stored in one write, and a second run, here or on another
 * instance, finds nothing left to do.
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

    /** @return how many bookings were reminded */
    public int remindDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int days = properties.reminderDaysBefore();
        int reminded = 0;
        for (Session session : sessions.scheduled(now, now.plus(Duration.ofDays(days)), null, null)) {
            reminded += changes.change(session.id(), latest -> latest.remindAttendees(days, now));
        }
        return reminded;
    }
}
