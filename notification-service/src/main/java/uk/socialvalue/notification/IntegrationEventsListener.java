package uk.socialvalue.notification;

import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.notification.delivery.EventNotifications;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.membership.MembershipEmails;
import uk.socialvalue.notification.training.TrainingEmails;
import uk.socialvalue.notification.workinggroup.WorkingGroupEmails;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Every topic notification-service reads, in one place. Each feature decides which emails its events cause
 * (and returns none for anyone else's); this only records them in the delivery log, so a slow or absent
 * SMTP server never holds up a partition. An unreadable record goes to the dead-letter topic after bounded
 * retries (see {@link EventMessagingConfiguration}). {@code membership.accounts} carries set-password links,
 * a secret only this service reads.
 */
@Component
class IntegrationEventsListener {

    private final EventCodec codec;
    private final EventNotifications notifications;

    IntegrationEventsListener(EventCodec codec, EventNotifications notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    // A consumer per partition of the topics: emails of different aggregates are recorded side by side, each
    // aggregate's still in order (its events share a partition).
    @KafkaListener(topics = {Topics.MEMBERSHIP_ORGANISATIONS, Topics.MEMBERSHIP_ACCOUNTS,
            Topics.MEMBERSHIP_WORKING_GROUPS, Topics.TRAINING_SESSIONS},
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY,
            concurrency = "${svuk.events.topics.partitions:3}")
    void onEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(event -> notifications.record(event, emailsFor(event)));
    }

    static List<NotificationRequest> emailsFor(IntegrationEvent event) {
        return Stream.of(MembershipEmails.requestsFor(event), TrainingEmails.requestsFor(event),
                WorkingGroupEmails.requestsFor(event)).flatMap(List::stream).toList();
    }
}
