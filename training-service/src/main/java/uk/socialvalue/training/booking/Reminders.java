package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.Retry;

/**
 * Makes reminders fall due for sessions starting within the configured number of days. Each booking is
 * reminded once: the mark and its event are stored in one write of the booking, and a second run, here or on
 * another instance, finds nothing left to do. A booking that other writers keep changing beyond the conflict
 * retries is left for the next run, and the run carries on with the others.
 */
public class Reminders {

    private static final int PAGE = 500;

    private final Sessions sessions;
    private final SessionBookings bookings;
    private final Retry retry;
    private final TrainingProperties properties;
    private final Clock clock;

    public Reminders(Sessions sessions, SessionBookings bookings, Retry retry, TrainingProperties properties,
            Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.retry = retry;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What one run did.
     *
     * @param reminded     how many bookings were reminded
     * @param conflicting  the bookings left for the next run
     */
    public record Run(int reminded, List<String> conflicting) {
    }

    public Run remindDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int days = properties.reminderDaysBefore();
        int reminded = 0;
        List<String> conflicting = new ArrayList<>();
        for (int page = 0; ; page++) {
            var due = sessions.scheduled(now, now.plus(Duration.ofDays(days)), null, null, page, PAGE);
            for (Session session : due) {
                for (Booking booking : bookings.allOfSession(session.id())) {
                    if (booking.status() != BookingStatus.CONFIRMED || booking.remindedAt() != null) {
                        continue;
                    }
                    try {
                        if (remind(booking.id(), session, days, now)) {
                            reminded++;
                        }
                    } catch (ConcurrentUpdate conflict) {
                        conflicting.add(booking.id());
                    }
                }
            }
            if (due.size() < PAGE) {
                return new Run(reminded, List.copyOf(conflicting));
            }
        }
    }

    private boolean remind(String bookingId, Session session, int days, Instant now) {
        return retry.onConflict(() -> {
            Booking booking = bookings.byId(bookingId).orElseThrow();
            if (!booking.remind(session, days, now)) {
                return false;
            }
            bookings.save(booking);
            return true;
        });
    }
}
