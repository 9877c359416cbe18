package uk.socialvalue.notification;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.notification.delivery.EventNotifications;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.delivery.Outbound;
import uk.socialvalue.notification.personaldata.RecipientData;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/** Wires the plain-Java recording of emails that the event listeners share, and hands them to the sender. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    RecipientData recipientData(Notifications notifications, OptOuts optOuts) {
        return new RecipientData(notifications, optOuts);
    }

    @Bean
    EventNotifications eventNotifications(Notifications notifications, Outbound outbound, Clock clock) {
        return new EventNotifications(notifications, outbound, clock);
    }
}
