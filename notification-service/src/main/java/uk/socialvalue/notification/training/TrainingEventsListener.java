package uk.socialvalue.notification.training;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Records the emails that training-service's events cause in the delivery log; the dispatcher sends them.
 * As with membership events, an event delivered twice adds nothing, and an unreadable record goes to the
 * dead-letter topic after bounded retries.
 */
@Component
class TrainingEventsListener {

    private static final Logger log = LoggerFactory.getLogger(TrainingEventsListener.class);

    private final EventCodec codec;
    private final Notifications notifications;
    private final Clock clock;

    TrainingEventsListener(EventCodec codec, Notifications notifications, Clock clock) {
        this.codec = codec;
        this.notifications = notifications;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.TRAINING_SESSIONS, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onTrainingEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::record);
    }

    private void record(IntegrationEvent event) {
        for (NotificationRequest request : TrainingEmails.requestsFor(event)) {
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
