package uk.socialvalue.support.outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxRelayTests {

    static EmbeddedKafkaKraftBroker kafka;
    static MongoServer mongoServer;
    static MongoClient mongo;

    EventCodec codec = new EventCodec(JsonMapper.builder().build(), URI.create("/svuk/test"));
    MongoCollection<Document> organisations = mongo.getDatabase("relay").getCollection("organisations");
    KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2, Topics.MEMBERSHIP_ORGANISATIONS);
        kafka.afterPropertiesSet();
        mongoServer = new MongoServer(new MemoryBackend());
        var address = mongoServer.bind();
        mongo = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stop() {
        mongo.close();
        mongoServer.shutdownNow();
        kafka.destroy();
    }

    @Test
    void publishesEventsWrittenWithTheStateChangeInOrderAndThenRemovesThem() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        var activated = activated(organisationId);
        Outbox outbox = new Outbox(codec, relay());
        organisations.insertOne(new Document("_id", organisationId).append("status", "PENDING_APPROVAL")
                .append(Outbox.FIELD, outbox.entries(List.of(applied))));
        organisations.updateOne(Filters.eq("_id", organisationId),
                Updates.combine(Updates.set("status", "ACTIVE"), outbox.append(List.of(activated))));

        int published = relay().publishPending();

        assertThat(published).isEqualTo(2);
        try (var consumer = new KafkaTestConsumer(kafka.getBrokersAsString(), List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            consumer.awaitRecord(record -> record.headers().lastHeader("ce_id") != null
                    && activated.eventId().equals(new String(record.headers().lastHeader("ce_id").value())));
            var ours = consumer.records(record -> organisationId.equals(record.key()));
            assertThat(ours).extracting(record -> new String(record.headers().lastHeader("ce_type").value()))
                    .containsExactly("membership.MembershipApplied.v1", "membership.MembershipActivated.v1");
            assertThat(ours).allSatisfy(record -> {
                assertThat(new String(record.headers().lastHeader("ce_specversion").value())).isEqualTo("1.0");
                assertThat(new String(record.headers().lastHeader("ce_subject").value())).isEqualTo(organisationId);
                assertThat(record.headers().lastHeader("ce_time")).isNotNull();
                assertThat(record.headers().lastHeader("ce_source")).isNotNull();
            });
            assertThat(codec.decode(ours.get(1))).contains(activated);
        }
        Document stored = organisations.find(Filters.eq("_id", organisationId)).first();
        assertThat(stored.getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored.getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void losesNoEventWhenTheServiceStopsBetweenTheWriteAndThePublish() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        // The state change and its event were written, then the process died before any relay ran.
        organisations.insertOne(new Document("_id", organisationId)
                .append(Outbox.FIELD, new Outbox(codec, relay()).entries(List.of(applied))));

        // A new process starts: its relay finds the event and publishes it.
        OutboxRelay afterRestart = relay();
        afterRestart.start();
        try (var consumer = new KafkaTestConsumer(kafka.getBrokersAsString(), List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            var record = consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipApplied.v1")
                    .and(r -> organisationId.equals(r.key())));
            assertThat(codec.decode(record)).contains(applied);
        } finally {
            afterRestart.stop();
        }
    }

    @Test
    void leavesEventsOfAnAggregateLeasedByAnotherInstanceAlone() {
        String organisationId = UUID.randomUUID().toString();
        organisations.insertOne(new Document("_id", organisationId)
                .append("outboxLeaseUntil", java.util.Date.from(Instant.now().plusSeconds(60)))
                .append(Outbox.FIELD, new Outbox(codec, relay()).entries(List.of(applied(organisationId)))));

        assertThat(relay().publishPending()).isZero();
        assertThat(organisations.find(Filters.eq("_id", organisationId)).first()
                .getList(Outbox.FIELD, Document.class)).hasSize(1);
    }

    private OutboxRelay relay() {
        return new OutboxRelay(mongo.getDatabase("relay"), List.of(new OutboxCollection("organisations")), template,
                codec, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    private static MembershipApplied applied(String organisationId) {
        return new MembershipApplied(UUID.randomUUID().toString(), Instant.parse("2026-11-25T10:00:00Z"),
                organisationId, salford(), contact(), "LOCAL_AUTHORITY");
    }

    private static MembershipActivated activated(String organisationId) {
        return new MembershipActivated(UUID.randomUUID().toString(), Instant.parse("2026-11-25T11:00:00Z"),
                organisationId, salford(), contact(), "LOCAL_AUTHORITY", LocalDate.parse("2026-11-25"),
                LocalDate.parse("2027-11-24"));
    }

    private static OrganisationSummary salford() {
        return Councils.SALFORD;
    }

    private static ContactSummary contact() {
        return Councils.ADA;
    }
}
