package uk.socialvalue.training.booking.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.socialvalue.training.booking.Reminders;

/** Looks for reminders that fell due, on a timer; what is due is decided by the injected clock. */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${svuk.training.reminder-check-interval:15m}", initialDelayString = "1m")
    void remindDue() {
        try {
            int reminded = reminders.remindDue();
            if (reminded > 0) {
                log.info("{} bookings' reminders fell due", reminded);
            }
        } catch (RuntimeException e) {
            log.warn("Reminder run failed; the next run will pick it up: {}", e.getMessage());
        }
    }
}
