package uk.socialvalue.notification.delivery.sending;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;

import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/**
 * A dispatcher besides the service's own, on the service's store, templates, opt-outs, clock, scheduler and
 * meters, for a test that needs other delivery settings or another SMTP server. Not started: the test starts
 * (or drives) it, and stops the service's own so that this one gets the work.
 */
final class SecondDispatcher {

    private SecondDispatcher() {
    }

    /**
     * One with the service's delivery settings but for how it takes work: its poll interval, batch size, number
     * of senders, queue and the listener's wait for room in it.
     */
    static NotificationDispatcher of(ApplicationContext service, JavaMailSenderImpl mail, Duration pollInterval,
            int batchSize, int senders, int queueCapacity, Duration queueWait) {
        DeliveryProperties settings = service.getBean(DeliveryProperties.class);
        return of(service, mail, new DeliveryProperties(settings.fromAddress(), settings.fromName(), pollInterval,
                batchSize, senders, queueCapacity, queueWait, settings.idleConnection(), settings.lease(),
                settings.maxAttempts(), settings.firstRetryDelay(), settings.retryMultiplier(),
                settings.maxRetryDelay(), settings.firstOutageDelay(), settings.maxOutageDelay()));
    }

    static NotificationDispatcher of(ApplicationContext service, JavaMailSenderImpl mail, DeliveryProperties settings) {
        return new NotificationDispatcher(service.getBean(Notifications.class), service.getBean(EmailMessages.class),
                mail, service.getBean(OptOuts.class), service.getBean(Clock.class), settings,
                service.getBean(TaskScheduler.class), service.getBean(MeterRegistry.class));
    }
}
