package uk.socialvalue.training.booking.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import uk.socialvalue.training.booking.Reminders;
import uk.socialvalue.training.booking.TrainingProperties;

/**
 * Looks for reminders that fell due every {@code svuk.training.reminder-check-interval}; what is due is decided
 * by the injected clock.
 */
@Component
class ReminderJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    /** Lets the service finish starting before the first look (sooner when it looks more often than that). */
    private static final Duration FIRST_LOOK_AFTER = Duration.ofMinutes(1);

    private final Reminders reminders;
    private final TrainingProperties properties;

    ReminderJob(Reminders reminders, TrainingProperties properties) {
        this.reminders = reminders;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration interval = properties.reminderCheckInterval();
        tasks.addFixedDelayTask(new FixedDelayTask(this::remindDue, interval,
                interval.compareTo(FIRST_LOOK_AFTER) < 0 ? interval : FIRST_LOOK_AFTER));
    }

    void remindDue() {
        try {
            Reminders.Run run = reminders.remindDue();
            if (run.reminded() > 0) {
                log.info("{} bookings' reminders fell due", run.reminded());
            }
            if (!run.conflicting().isEmpty()) {
                log.warn("Reminders left {} booking(s) for the next run, changed by others at the same moment: {}",
                        run.conflicting().size(), run.conflicting());
            }
        } catch (RuntimeException e) {
            log.warn("Reminder run failed; the next run will pick it up: {}", e.getMessage());
        }
    }
}
