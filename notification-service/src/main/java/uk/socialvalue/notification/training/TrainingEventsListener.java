package uk.socialvalue.notification.training;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.notification.delivery.EventNotifications;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Records the emails that training-service's events cause in the delivery log; the dispatcher sends them.
 * As with membership events, an event delivered twice adds nothing, and an unreadable record goes to the
 * dead-letter topic after bounded retries.
 */
@Component
class TrainingEventsListener {

    private final EventCodec codec;
    private final EventNotifications notifications;

    TrainingEventsListener(EventCodec codec, EventNotifications notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.TRAINING_SESSIONS, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onTrainingEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::record);
    }

    private void record(IntegrationEvent event) {
        notifications.record(event, TrainingEmails.requestsFor(event));
    }
}
