package uk.socialvalue.support.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.EventType;
import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;

/**
 * Turns integration events into Kafka records in the CloudEvents binary binding ({@code ce_*} headers and a
 * JSON body) and back.
 */
public class EventCodec {

    private static final String JSON = "application/json";

    private final JsonMapper json;
    private final URI source;

    public EventCodec(JsonMapper json, URI source) {
        this.json = json;
        this.source = source;
    }

    /** The JSON body of an event, as written to the outbox and then to Kafka. */
    public String toJson(IntegrationEvent event) {
        return json.writeValueAsString(event);
    }

    /** A record for an event already serialised into an outbox entry. */
    public ProducerRecord<String, byte[]> toRecord(OutgoingEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withType(event.typeId())
                .withSource(source)
                .withSubject(event.key())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(event.topic(), null, null, event.key()).writeBinary(cloudEvent);
    }

    /**
     * The event a record carries; empty when its type is one this build does not know (a newer producer's),
     * which consumers skip.
     *
     * @throws PoisonEventException when the record is not a well-formed CloudEvent of a known type
     */
    public Optional<IntegrationEvent> decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            cloudEvent = reader.toEvent();
        } catch (RuntimeException e) {
            throw new PoisonEventException("Not a CloudEvent: " + e.getMessage(), e);
        }
        Optional<EventType> type = EventTypes.byTypeId(cloudEvent.getType());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (cloudEvent.getData() == null) {
            throw new PoisonEventException("CloudEvent " + cloudEvent.getId() + " has no data", null);
        }
        try {
            IntegrationEvent event = json.readValue(cloudEvent.getData().toBytes(), type.get().javaType());
            if (event.eventId() == null || !event.eventId().equals(cloudEvent.getId())) {
                throw new PoisonEventException("CloudEvent id " + cloudEvent.getId()
                        + " does not match the event id in its data", null);
            }
            return Optional.of(event);
        } catch (JacksonException e) {
            throw new PoisonEventException("Unreadable " + cloudEvent.getType() + " " + cloudEvent.getId()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The event a record carries when its type is one of {@code typeIds}; any other record is skipped by its
     * CloudEvents type header, unread, so a consumer group that wants a few types of a busy topic stays cheap.
     *
     * @throws PoisonEventException when a record of one of those types is not a well-formed CloudEvent
     */
    public Optional<IntegrationEvent> decodeIfOfType(ConsumerRecord<String, byte[]> record, Set<String> typeIds) {
        var type = record.headers().lastHeader("ce_type"); // the CloudEvents binary binding's type header
        if (type == null || !typeIds.contains(new String(type.value(), StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return decode(record);
    }
}
