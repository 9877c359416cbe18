package uk.socialvalue.support.events;

import java.time.Instant;

import uk.socialvalue.contracts.EventType;
import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;

/**
 * An event ready to publish: its identity, where it goes and its JSON body. This is what an outbox entry
 * holds, so the relay never needs the event's Java type.
 */
public record OutgoingEvent(String eventId, String typeId, String topic, String key, Instant occurredAt,
        String payload) {

    public static OutgoingEvent of(IntegrationEvent event, EventCodec codec) {
        EventType type = EventTypes.of(event.getClass());
        return new OutgoingEvent(event.eventId(), type.typeId(), type.topic(), event.aggregateId(),
                event.occurredAt(), codec.toJson(event));
    }
}
