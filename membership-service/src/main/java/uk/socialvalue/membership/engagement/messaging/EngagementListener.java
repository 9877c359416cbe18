package uk.socialvalue.membership.engagement.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.engagement.EngagementProjection;
import uk.socialvalue.membership.engagement.Source;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Feeds the engagement read model from every topic whose events it counts, in a consumer group of its own
 * ({@value #CONSUMER_GROUP}), so that it reads every record whatever the service's other listeners do, and so
 * that it can be replayed from the beginning alone to rebuild the model.
 */
@Component
class EngagementListener {

    /** The listener container's id. */
    static final String ID = "engagement";
    static final String CONSUMER_GROUP = "${spring.application.name}.engagement";

    private final EventCodec codec;
    private final EngagementProjection projection;

    EngagementListener(EventCodec codec, EngagementProjection projection) {
        this.codec = codec;
        this.projection = projection;
    }

    @KafkaListener(id = ID, groupId = CONSUMER_GROUP, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY,
            topics = {Topics.MEMBERSHIP_ORGANISATIONS,
                    Topics.MEMBERSHIP_CONTACTS, Topics.MEMBERSHIP_WORKING_GROUPS, Topics.TRAINING_SESSIONS})
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(event -> projection.on(event,
                new Source(record.topic(), record.partition(), record.offset())));
    }
}
