package uk.socialvalue.support.test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    /**
     * Publishes the events in order (each keyed by its aggregate, so those of one aggregate stay in order) and
     * then waits for the broker to acknowledge them all: many events at the cost of one round trip.
     */
    public void publish(List<? extends IntegrationEvent> events) {
        List<ProducerRecord<String, byte[]>> records = events.stream()
                .map(event -> codec.toRecord(OutgoingEvent.of(event, codec))).toList();
        List<CompletableFuture<?>> sent = records.stream().<CompletableFuture<?>>map(kafka::send).toList();
        for (int i = 0; i < records.size(); i++) {
            acknowledged(sent.get(i), records.get(i));
        }
    }

    /** Publishes a raw record, for records no well-behaved producer would write. */
    public void send(ProducerRecord<String, byte[]> record) {
        acknowledged(kafka.send(record), record);
    }

    private static void acknowledged(CompletableFuture<?> sent, ProducerRecord<String, byte[]> record) {
        try {
            sent.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + record, e);
        }
    }
}
