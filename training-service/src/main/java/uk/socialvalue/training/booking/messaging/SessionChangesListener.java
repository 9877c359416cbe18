package uk.socialvalue.training.booking.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.SessionRescheduled;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.training.booking.Scheduling;

/**
 * Reads this service's own {@code SessionRescheduled} back from the topic, in a consumer group of its own, and
 * tells each live booking not told of the change yet. The event was stored with the change in one write, so
 * whatever became of the request that made it (a crash part-way through telling the bookings), every booking is
 * told; each remembers the calendar sequence it was told of, so a redelivery, or a change already told by that
 * request, tells no one twice. Other records are skipped by their type header, unread.
 */
@Component
class SessionChangesListener {

    static final String GROUP = "training-service.session-changes";

    private static final Logger log = LoggerFactory.getLogger(SessionChangesListener.class);
    private static final Set<String> TYPES = Set.of(EventTypes.of(SessionRescheduled.class).typeId());

    private final EventCodec codec;
    private final Scheduling scheduling;

    SessionChangesListener(EventCodec codec, Scheduling scheduling) {
        this.codec = codec;
        this.scheduling = scheduling;
    }

    @KafkaListener(topics = Topics.TRAINING_SESSIONS, groupId = GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        codec.decodeIfOfType(record, TYPES).filter(SessionRescheduled.class::isInstance)
                .map(SessionRescheduled.class::cast)
                .ifPresent(rescheduled -> {
                    int told = scheduling.tellBookingsOf(rescheduled.sessionId(), rescheduled.previous());
                    if (told > 0) {
                        log.info("Told {} booking(s) of session {} of its change, which the request that made it "
                                + "had not", told, rescheduled.sessionId());
                    }
                });
    }
}
