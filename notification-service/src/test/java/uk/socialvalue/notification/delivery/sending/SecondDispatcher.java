package uk.socialvalue.notification.delivery.sending;

import java.time.Clock;

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

    static NotificationDispatcher of(ApplicationContext service, JavaMailSenderImpl mail, DeliveryProperties settings) {
        return new NotificationDispatcher(service.getBean(Notifications.class), service.getBean(EmailMessages.class),
                mail, service.getBean(OptOuts.class), service.getBean(Clock.class), settings,
                service.getBean(TaskScheduler.class), service.getBean(MeterRegistry.class));
    }
}
