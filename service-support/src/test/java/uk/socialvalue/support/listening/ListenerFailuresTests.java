package uk.socialvalue.support.listening;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared listener set-up through a real broker and store: an outage is waited out and dead-letters
 * nothing, a record that can never succeed is dead-lettered at once, and staff replay a dead letter once its
 * cause is fixed, processing it once however often they ask.
 */
class ListenerFailuresTests {

    static final String GROUP = RecordingService.NAME;
    static EmbeddedKafkaKraftBroker kafka;
    static RestartableStore store;
    static TestTokens tokens;
    static ConfigurableApplicationContext service;
    static KafkaProducer<String, byte[]> producer;

    RecordingService recording = service.getBean(RecordingService.class);
    ApiClient api = ApiClient.onPort(((WebServerApplicationContext) service).getWebServer().getPort());

    @BeforeAll
    static void start() {
        kafka = RecordingService.broker();
        store = new RestartableStore();
        tokens = new TestTokens();
        service = RecordingService.start(kafka, store, tokens,
                "--svuk.events.retry.attempts=1",
                "--svuk.events.retry.initial-interval=100ms",
                "--svuk.events.outage-retry.initial-interval=200ms",
                "--svuk.events.outage-retry.max-interval=1s");
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void stop() {
        producer.close();
        service.close();
        tokens.close();
        store.close();
        kafka.destroy();
    }

    @Test
    void waitsOutAStoreOutageAndDeadLettersNothingItReadMeanwhile() {
        String before = send("before the outage");
        await().atMost(Duration.ofSeconds(30)).until(() -> recording.timesStored(before) == 1);
        double outageRetriesBefore = retries("outage");
        double deadLetteredBefore = deadLettered();

        store.stop();
        List<String> duringTheOutage = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            duringTheOutage.add(send("during the outage " + i));
        }
        // Longer than the bounded retries for a failure of the record's own, which would have dead-lettered it.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> deadLettered() == deadLetteredBefore && duringTheOutage.stream().allMatch(key -> recording.timesStored(key) == 0));
        assertThat(retries("outage")).as("the listener met the outage and waited").isGreaterThan(outageRetriesBefore);
        store.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(duringTheOutage)
                .allSatisfy(key -> assertThat(recording.timesStored(key)).as(key).isEqualTo(1)));
        assertThat(deadLettered()).isEqualTo(deadLetteredBefore);
        assertThat(duringTheOutage).allSatisfy(key -> assertThat(findDeadLetter(key)).isNull());
    }

    @Test
    void deadLettersARecordThatCanNeverBeReadAtOnceAndGoesOnToTheNext() {
        String poison = sendValue(UUID.randomUUID().toString(), "poison");
        String next = send("after the poison");

        await().atMost(Duration.ofSeconds(30)).until(() -> recording.timesStored(next) == 1);
        JsonNode letter = awaitDeadLetter(poison);
        assertThat(letter.get("originalTopic").asString()).isEqualTo(RecordingService.TOPIC);
        assertThat(letter.get("group").asString()).isEqualTo(GROUP);
        assertThat(letter.get("failure").asString()).contains("PoisonEventException");

        Response replayed = api.post("/api/admin/dead-letters/" + letter.get("id").asString() + "/replay",
                tokens.admin());
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(409);
        assertThat(replayed.text("/failure")).contains("Not a thing");
        assertThat(findDeadLetter(poison).get("lastReplayFailure").asString()).contains("Not a thing");
    }

    @Test
    void replaysADeadLetterOnceItsCauseIsFixedAndOnlyOnce() {
        String key = UUID.randomUUID().toString();
        recording.block(key);
        sendValue(key, "blocked for now");
        JsonNode letter = awaitDeadLetter(key);
        assertThat(letter.get("failure").asString()).contains("Cannot record");
        assertThat(letter.get("replayedAt").isNull()).isTrue();
        String replay = "/api/admin/dead-letters/" + letter.get("id").asString() + "/replay";
        assertThat(api.post(replay, null).status()).isEqualTo(401);
        assertThat(api.post(replay, tokens.contact(UUID.randomUUID().toString(), Role.ORG_ADMIN)).status()).isEqualTo(403);

        recording.unblock(key);
        Response first = api.post(replay, tokens.admin());
        Response second = api.post(replay, tokens.admin());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.text("/status")).isEqualTo("REPLAYED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("/status")).isEqualTo("ALREADY_REPLAYED");
        assertThat(recording.timesStored(key)).isEqualTo(1);
        assertThat(findDeadLetter(key).get("replayedAt").isNull()).isFalse();
        assertThat(api.post("/api/admin/dead-letters/no-such-letter/replay", tokens.admin()).status()).isEqualTo(404);
    }

    @Test
    void replaysEveryWaitingDeadLetterOfATopicOldestFirst() {
        List<String> keys = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        keys.forEach(recording::block);
        keys.forEach(key -> sendValue(key, "blocked " + key));
        keys.forEach(this::awaitDeadLetter);
        keys.forEach(recording::unblock);

        Response all = api.post("/api/admin/dead-letters/replay?topic=" + RecordingService.TOPIC, tokens.admin());
        Response again = api.post("/api/admin/dead-letters/replay?topic=" + RecordingService.TOPIC, tokens.admin());

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("replayed").asInt()).isGreaterThanOrEqualTo(keys.size());
        assertThat(again.json().get("replayed").asInt()).isZero();
        assertThat(keys).allSatisfy(key -> assertThat(recording.timesStored(key)).isEqualTo(1));
    }

    private String send(String value) {
        return sendValue(UUID.randomUUID().toString(), value);
    }

    private String sendValue(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(RecordingService.TOPIC, key, value.getBytes(StandardCharsets.UTF_8)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    private JsonNode awaitDeadLetter(String key) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> findDeadLetter(key), found -> found != null);
    }

    private JsonNode findDeadLetter(String key) {
        Response response = api.get("/api/admin/dead-letters?limit=500", tokens.admin());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("newest").valueStream()
                .filter(letter -> key.equals(letter.get("key").asString())).findFirst().orElse(null);
    }

    private double deadLettered() {
        var counter = service.getBean(MeterRegistry.class).find("svuk.events.dead.lettered")
                .tag("topic", RecordingService.TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private double retries(String cause) {
        return service.getBean(MeterRegistry.class).find("svuk.events.retries").tag("cause", cause).counters()
                .stream().mapToDouble(Counter::count).sum();
    }
}
