package uk.socialvalue.support.test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;

/**
 * Publishes events to the real broker as another service's outbox relay would (CloudEvents binary binding,
 * keyed by aggregate), so that a service's listeners can be tested through Kafka.
 */
@TestComponent
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** Publishes the event and waits for the broker's acknowledgement. */
    public void publish(IntegrationEvent event) {
        send(codec.toRecord(OutgoingEvent.of(event, codec)));
    }

    /** Publishes a raw record, for records no well-behaved producer would write. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + record, e);
        }
    }
}
