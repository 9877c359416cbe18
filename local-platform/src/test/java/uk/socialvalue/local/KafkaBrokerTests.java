package uk.socialvalue.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The child-process broker the local stack runs: a real KRaft node whose data outlives the process. */
class KafkaBrokerTests {

    private static final String TOPIC = "local-platform.broker-check";

    @TempDir
    Path data;

    @TempDir
    Path launch;

    /** The launcher's case: the first broker lists the classes it loads, the next one maps their archive. */
    @Test
    void keepsARecordAcrossARestartOnTheSameDataFolderAndCreatesNoTopicOnFirstUse() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        String value = "applied-" + UUID.randomUUID();
        ClassArchive archive = KafkaBroker.classArchive(launch);

        KafkaBroker first = KafkaBroker.start(data, data.resolve("logs/kafka.log"), port, controllerPort,
                Optional.of(archive), true);
        try (first) {
            first.awaitReady(Duration.ofSeconds(60));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = producer(first)) {
                producer.send(new ProducerRecord<>(TOPIC, "org-1", value)).get(30, TimeUnit.SECONDS);
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("local-platform.undeclared", "k", "v"))
                        .get(30, TimeUnit.SECONDS)).as("a topic nobody declared is not created on first use")
                        .hasCauseInstanceOf(TimeoutException.class).hasMessageContaining("not present in metadata");
            }
            assertThat(readTopic(first)).contains(value);
        }
        assertThat(first.process().isAlive()).as("the broker process stops on close").isFalse();
        assertThat(data.resolve("kafka/meta.properties")).exists();
        try (ClassArchive.Recording dump = KafkaBroker.recordClassArchive(archive, data.resolve("logs/dump.log"))
                .orElseThrow()) {
            assertThat(dump.await(Duration.ofMinutes(2))).as(dump::logTail).isTrue();
        }

        KafkaBroker second = KafkaBroker.start(data, data.resolve("logs/kafka.log"), port, controllerPort,
                Optional.of(archive), true);
        try (second) {
            second.awaitReady(Duration.ofSeconds(60));
            assertThat(readTopic(second)).contains(value);
            assertThat(Files.readString(Path.of("/proc", String.valueOf(second.process().pid()), "maps")))
                    .as("the files the broker's JVM has mapped").contains(launch.toString());
        }
        assertThat(second.process().isAlive()).isFalse();
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000),
                new StringSerializer(), new StringSerializer());
    }

    /** A fresh group reading from the start sees everything the topic holds. */
    private static List<String> readTopic(KafkaBroker broker) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "broker-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
        }
        return values;
    }
}
