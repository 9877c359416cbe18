package uk.socialvalue.notification.delivery;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * Records in the delivery log the emails an event causes; the dispatcher sends them. Recording is all a
 * listener does, so a slow or absent SMTP server never holds up a partition. An event delivered twice finds
 * its emails already recorded (the log is unique per event and recipient) and adds nothing.
 */
public class EventNotifications {

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    private final Notifications notifications;
    private final Clock clock;

    public EventNotifications(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void record(IntegrationEvent event, List<NotificationRequest> requests) {
        for (NotificationRequest request : requests) {
            Notification notification = Notification.requested(request, clock.instant());
            if (notifications.record(notification)) {
                log.info("Recorded {} {} for event {}", request.kind(), notification.id(), event.eventId());
            } else {
                log.info("Event {} was already handled: {} {} is recorded", event.eventId(), request.kind(),
                        notification.id());
            }
        }
    }
}
