package uk.socialvalue.support.listening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.support.SvukService;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.support.events.PoisonEventException;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.security.ApiSecurity;
import uk.socialvalue.support.test.TestTokens;

/**
 * A service with one listener, set up as every SVUK service is: it stores each record's value under its key,
 * once (a duplicate key means "already done"), and counts how often it stored one. A record whose value is
 * {@code poison} can never be read; a record whose key is {@link #block blocked} fails for a reason of its own
 * until it is unblocked, as a record does that meets a bug until the bug is fixed.
 */
@SvukService
public class RecordingService {

    public static final String TOPIC = "recording.things";
    public static final String NAME = "recording-service";

    /** A broker that, like a managed cluster, creates no topic on first use. */
    static EmbeddedKafkaKraftBroker broker() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.afterPropertiesSet();
        return kafka;
    }

    /** The service, as a process of its own would run, on the broker and store, trusting the tokens. */
    static ConfigurableApplicationContext start(EmbeddedKafkaKraftBroker kafka, RestartableStore store,
            TestTokens tokens, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=" + NAME,
                "--server.port=0",
                "--spring.mongodb.uri=" + store.uri("recording"),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--svuk.events.topics.replication-factor=1",
                "--svuk.events.topics.min-insync-replicas=1"));
        tokens.properties().forEach(property -> arguments.add("--" + property));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(RecordingService.class).run(arguments.toArray(String[]::new));
    }

    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> stored = new ConcurrentHashMap<>();
    private final MongoDatabase database;

    RecordingService(MongoDatabase database) {
        this.database = database;
    }

    @KafkaListener(topics = TOPIC, containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        if (value.equals("poison")) {
            throw new PoisonEventException("Not a thing: " + value, null);
        }
        if (blocked.contains(record.key())) {
            throw new IllegalStateException("Cannot record " + record.key() + " yet");
        }
        try {
            database.getCollection("things").insertOne(new Document("_id", record.key()).append("value", value));
            stored.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public void block(String key) {
        blocked.add(key);
    }

    public void unblock(String key) {
        blocked.remove(key);
    }

    /** How many times the record with this key was stored: 1 once it was, never more. */
    public int timesStored(String key) {
        AtomicInteger times = stored.get(key);
        return times == null ? 0 : times.get();
    }

    @Bean
    OutboxCollection thingsOutbox() {
        return new OutboxCollection("things");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        return ApiSecurity.configure(http, json, rules -> {
        }).build();
    }
}
