package uk.socialvalue.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * Records the emails an event causes and hands the new ones to the {@link Outbound} sender at once: email goes
 * out from the event stream, not from a later look at the store. An event delivered twice finds its emails
 * already recorded (they are unique per event and recipient) and adds nothing.
 */
public class EventNotifications {

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    private final Notifications notifications;
    private final Outbound outbound;
    private final Clock clock;

    public EventNotifications(Notifications notifications, Outbound outbound, Clock clock) {
        this.notifications = notifications;
        this.outbound = outbound;
        this.clock = clock;
    }

    public void record(IntegrationEvent event, List<NotificationRequest> requests) {
        Instant now = clock.instant();
        List<Notification> recorded = new ArrayList<>();
        for (NotificationRequest request : requests) {
            Notification notification = Notification.requested(request, now);
            if (notifications.record(notification, outbound.claimant(), now.plus(outbound.lease()))) {
                recorded.add(notification);
                log.debug("Recorded {} {} for event {}", request.kind(), notification.id(), event.eventId());
            } else {
                log.info("Event {} was already handled: {} {} is recorded", event.eventId(), request.kind(),
                        notification.id());
            }
        }
        if (!recorded.isEmpty()) {
            outbound.sendSoon(recorded);
        }
    }
}
