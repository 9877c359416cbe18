package uk.socialvalue.notification.membership;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.notification.delivery.EventNotifications;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Records the emails that membership-service's events cause in the delivery log; the dispatcher sends them.
 * Recording is all a listener does, so a slow or absent SMTP server never holds up the partition. An event
 * delivered twice finds its emails already recorded and adds nothing; a record that cannot be read goes to
 * the dead-letter topic (see {@link EventMessagingConfiguration}).
 */
@Component
class MembershipEventsListener {

    private final EventCodec codec;
    private final EventNotifications notifications;

    MembershipEventsListener(EventCodec codec, EventNotifications notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_ORGANISATIONS, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onMembershipEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::record);
    }

    /** Password links travel on their own topic, which only this service reads (they carry a secret). */
    @KafkaListener(topics = Topics.MEMBERSHIP_ACCOUNTS, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onAccountEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::record);
    }

    private void record(IntegrationEvent event) {
        notifications.record(event, MembershipEmails.requestsFor(event));
    }
}
