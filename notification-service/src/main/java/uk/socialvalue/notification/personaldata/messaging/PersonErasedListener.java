package uk.socialvalue.notification.personaldata.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.notification.personaldata.RecipientData;
import uk.socialvalue.support.audit.AuditLog;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Erases what this service holds about a person when membership-service erases them, in a consumer group of its
 * own, and drops their email from the audit log. Erasing is a state guard in itself (what is erased has nothing
 * left to erase), so a redelivery changes nothing.
 */
@Component
class PersonErasedListener {

    static final String GROUP = "notification-service.personal-data";

    private final EventCodec codec;
    private final RecipientData recipients;
    private final AuditLog audit;

    PersonErasedListener(EventCodec codec, RecipientData recipients, AuditLog audit) {
        this.codec = codec;
        this.recipients = recipients;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_PEOPLE, groupId = GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).filter(PersonErased.class::isInstance).map(PersonErased.class::cast)
                .ifPresent(erased -> {
                    recipients.erase(erased.emails(), erased.occurredAt());
                    audit.forget(erased.personId());
                });
    }
}
