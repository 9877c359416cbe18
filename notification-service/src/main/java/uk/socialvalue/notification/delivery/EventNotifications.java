package uk.socialvalue.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * Records the emails an event causes, together, and hands the new ones to the {@link Outbound} sender at once: email
 * goes out from the event stream, not from a later look at the store. An event delivered twice finds its emails
 * already recorded (they are unique per event and recipient) and adds nothing. An event older than its
 * recipient's erasure, which may arrive after it on another topic, sends them nothing and keeps nothing of
 * theirs: its email is looked for among the erased after it is written, so an erasure running meanwhile either
 * finds the email or is found.
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
        List<Notification> requested = requests.stream().map(request -> Notification.requested(request, now))
                .toList();
        List<Notification> recorded = notifications.recordAll(requested, outbound.claimant(),
                now.plus(outbound.lease()));
        requested.stream().filter(notification -> !recorded.contains(notification)).forEach(notification ->
                log.info("Event {} was already handled: {} {} is recorded", event.eventId(), notification.kind(),
                        notification.id()));
        Set<String> erased = recorded.isEmpty() ? Set.of() : notifications.erasedAmong(
                recorded.stream().map(Notification::recipient).toList(), event.occurredAt());
        List<Notification> toSend = new ArrayList<>();
        for (Notification notification : recorded) {
            if (erased.contains(notification.recipient())) {
                // The person was erased after the event: nothing of theirs stays, and it is not sent.
                notifications.forgetErased(notification.id());
                log.info("Event {} is older than the erasure of its recipient: {} {} is not sent", event.eventId(),
                        notification.kind(), notification.id());
            } else {
                toSend.add(notification);
                log.debug("Recorded {} {} for event {}", notification.kind(), notification.id(), event.eventId());
            }
        }
        if (!toSend.isEmpty()) {
            outbound.sendSoon(toSend);
        }
    }
}
