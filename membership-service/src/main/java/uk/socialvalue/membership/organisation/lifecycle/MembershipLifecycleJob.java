package uk.socialvalue.membership.organisation.lifecycle;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.membership.organisation.LifecycleRun;
import uk.socialvalue.membership.organisation.MembershipProperties;
import uk.socialvalue.membership.organisation.Memberships;

/**
 * Runs the membership lifecycle every night ({@code svuk.membership.lifecycle-cron}, UK time), and once at
 * start-up so that a service that was down at night catches up. The day comes from the injected clock, in UK
 * time.
 */
@Component
class MembershipLifecycleJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MembershipLifecycleJob.class);

    private final Memberships memberships;
    private final MembershipProperties properties;
    private final Clock clock;

    MembershipLifecycleJob(Memberships memberships, MembershipProperties properties, Clock clock) {
        this.memberships = memberships;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addTriggerTask(this::run, new CronTrigger(properties.lifecycleCron(), UkTime.ZONE));
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        run();
    }

    void run() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        try {
            LifecycleRun run = memberships.advanceLifecycle(today);
            log.info("Membership lifecycle for {}: {} organisation(s) changed", today, run.changed());
            if (!run.conflicting().isEmpty()) {
                log.warn("Membership lifecycle for {} left {} organisation(s) for the next run, changed by others "
                        + "at the same moment: {}", today, run.conflicting().size(), run.conflicting());
            }
        } catch (RuntimeException e) {
            log.error("Membership lifecycle for {} failed; the next run will pick it up", today, e);
        }
    }
}
