package uk.socialvalue.training.accreditation.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import uk.socialvalue.training.accreditation.Accrediting;
import uk.socialvalue.training.accreditation.AccreditationProperties;

/** Looks for accreditation levels nearing their expiry every {@code svuk.training.accreditation.check-interval}. */
@Component
class AccreditationReminderJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AccreditationReminderJob.class);
    private static final Duration FIRST_LOOK_AFTER = Duration.ofMinutes(1);

    private final Accrediting accrediting;
    private final AccreditationProperties properties;

    AccreditationReminderJob(Accrediting accrediting, AccreditationProperties properties) {
        this.accrediting = accrediting;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::remindExpiring, properties.checkInterval(),
                FIRST_LOOK_AFTER));
    }

    void remindExpiring() {
        try {
            int reminded = accrediting.remindExpiring();
            if (reminded > 0) {
                log.info("{} accreditation levels' expiry reminders fell due", reminded);
            }
        } catch (RuntimeException e) {
            log.warn("Accreditation reminder run failed; the next run will pick it up: {}", e.getMessage());
        }
    }
}
