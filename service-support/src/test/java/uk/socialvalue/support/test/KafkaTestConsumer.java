package uk.socialvalue.support.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads what a service published, from the beginning of the given topics, with a group of its own. Tests
 * use it to assert on the records that really reached the broker.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    public KafkaTestConsumer(String bootstrapServers, Collection<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(topics);
    }

    /** Polls until a record matching the condition has arrived (or fails after 30 s) and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return received.stream().anyMatch(condition);
        });
        return received.stream().filter(condition).findFirst().orElseThrow();
    }

    /** Everything received so far that matches, after one more poll. */
    public List<ConsumerRecord<String, byte[]>> records(Predicate<ConsumerRecord<String, byte[]>> condition) {
        poll();
        return received.stream().filter(condition).toList();
    }

    /** A condition on the CloudEvents type header, {@code ce_type}. */
    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String typeId) {
        return record -> record.headers().lastHeader("ce_type") != null
                && typeId.equals(new String(record.headers().lastHeader("ce_type").value()));
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
