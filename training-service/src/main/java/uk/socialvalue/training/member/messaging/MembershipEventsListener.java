package uk.socialvalue.training.member.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.OrganisationStateChanged;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.training.member.MembershipProjection;

/**
 * Feeds organisations' membership states into the projection. A record that cannot be read goes to the
 * dead-letter topic (the shared listener factory does that); types this build does not know are skipped.
 */
@Component
class MembershipEventsListener {

    private static final Logger log = LoggerFactory.getLogger(MembershipEventsListener.class);

    private final EventCodec codec;
    private final MembershipProjection projection;

    MembershipEventsListener(EventCodec codec, MembershipProjection projection) {
        this.codec = codec;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_ORGANISATION_STATE,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onOrganisationState(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(event -> {
            if (event instanceof OrganisationStateChanged state) {
                boolean applied = projection.apply(state);
                log.debug("State of organisation {} at version {}: {}", state.organisationId(), state.version(),
                        applied ? "applied" : "already superseded");
            }
        });
    }
}
