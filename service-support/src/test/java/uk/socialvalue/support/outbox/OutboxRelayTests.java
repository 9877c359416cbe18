package uk.socialvalue.support.outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The relay against a real broker (topics are never created on first use, as on a managed cluster) and the
 * store: events in order and removed after the acknowledgement; leases that name their holder, fence every
 * removal and are renewed; an event failing on its own retried without holding up other aggregates, then
 * parked; an outage waited out without counting against any event.
 */
class OutboxRelayTests {

    static final Duration LEASE = Duration.ofSeconds(60);
    static EmbeddedKafkaKraftBroker kafka;
    static MongoServer mongoServer;
    static MongoClient mongo;

    EventCodec codec = new EventCodec(JsonMapper.builder().build(), URI.create("/svuk/test"));
    MongoDatabase database = mongo.getDatabase("relay-" + UUID.randomUUID().toString().substring(0, 8));
    MongoCollection<Document> organisations = database.getCollection("organisations");
    MutableClock clock = new MutableClock();
    MeterRegistry meters = new SimpleMeterRegistry();
    ParkedEvents parked = new ParkedEvents(database, clock);

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2, Topics.MEMBERSHIP_ORGANISATIONS);
        kafka.brokerProperty("auto.create.topics.enable", "false");
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
    void aNudgedPassTakesTheAggregatesNamedByKeyAndLeavesTheRestToTheLookAtEveryOutbox() {
        OutboxRelay relay = relay(template());
        Outbox outbox = new Outbox(codec, relay);
        String nudged = UUID.randomUUID().toString();
        String written = UUID.randomUUID().toString(); // by a writer that never nudged this relay
        organisations.insertOne(new Document("_id", nudged).append(Outbox.FIELD, outbox.entries(List.of(applied(nudged)))));
        organisations.insertOne(new Document("_id", written).append(Outbox.FIELD, outbox.entries(List.of(applied(written)))));
        outbox.published("organisations", nudged);

        assertThat(relay.nudgedPass().published()).isEqualTo(1);
        assertThat(stored(nudged).getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored(nudged)).doesNotContainKey(OutboxRelay.LEASE);
        assertThat(stored(written).getList(Outbox.FIELD, Document.class)).hasSize(1);

        outbox.published("organisations", nudged); // named again once its outbox is empty: nothing to take
        assertThat(relay.nudgedPass().published()).isZero();
        assertThat(stored(nudged)).doesNotContainKey(OutboxRelay.LEASE);

        assertThat(relay.pass().published()).as("the look at every outbox").isEqualTo(1);
        assertThat(stored(written).getList(Outbox.FIELD, Document.class)).isEmpty();
    }

    @Test
    void publishesEventsWrittenWithTheStateChangeInOrderAndThenRemovesThem() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        var activated = activated(organisationId);
        Outbox outbox = new Outbox(codec, relay(template()));
        organisations.insertOne(new Document("_id", organisationId).append("status", "PENDING_APPROVAL")
                .append(Outbox.FIELD, outbox.entries(List.of(applied))));
        organisations.updateOne(Filters.eq("_id", organisationId),
                Updates.combine(Updates.set("status", "ACTIVE"), outbox.append(List.of(activated))));

        int published = relay(template()).publishPending();

        assertThat(published).isGreaterThanOrEqualTo(2);
        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(activated.eventId()));
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
        Document stored = stored(organisationId);
        assertThat(stored.getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored.getString("status")).isEqualTo("ACTIVE");
        assertThat(stored).doesNotContainKey(OutboxRelay.LEASE);
    }

    @Test
    void losesNoEventWhenTheServiceStopsBetweenTheWriteAndThePublish() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        // The state change and its event were written, then the process died before any relay ran.
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD, entries(applied)));

        // A new process starts: its relay finds the event and publishes it.
        OutboxRelay afterRestart = relay(template());
        afterRestart.start();
        try (var consumer = consumer()) {
            var record = consumer.awaitRecord(withId(applied.eventId()));
            assertThat(codec.decode(record)).contains(applied);
        } finally {
            afterRestart.stop();
        }
    }

    @Test
    void publishesEachEventOnceWhenTwoInstancesWithTwoPassesEachRaceForTheSameOutboxes() throws Exception {
        Map<String, List<String>> eventIds = new HashMap<>();
        for (int aggregate = 0; aggregate < 10; aggregate++) {
            String organisationId = UUID.randomUUID().toString();
            List<IntegrationEvent> events = new ArrayList<>();
            for (int event = 0; event < 5; event++) {
                events.add(event == 0 ? applied(organisationId) : activated(organisationId));
            }
            organisations.insertOne(new Document("_id", organisationId)
                    .append(Outbox.FIELD, entries(events.toArray(IntegrationEvent[]::new))));
            eventIds.put(organisationId, events.stream().map(IntegrationEvent::eventId).toList());
        }
        List<OutboxRelay> instances = List.of(relay(template()), relay(template()));
        ExecutorService passes = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            OutboxRelay relay = instances.get(pass % 2);
            running.add(passes.submit(() -> {
                start.await();
                while (organisations.countDocuments(Filters.exists(Outbox.FIELD + ".eventId")) > 0) {
                    relay.publishPending();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> pass : running) {
            pass.get(60, TimeUnit.SECONDS);
        }
        passes.shutdown();

        try (var consumer = consumer()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.records(
                    record -> eventIds.containsKey(record.key())).size() >= 50);
            var ours = consumer.records(record -> eventIds.containsKey(record.key()));
            assertThat(ours).extracting(record -> header(record, "ce_id")).hasSize(50).doesNotHaveDuplicates();
            eventIds.forEach((organisationId, ids) -> assertThat(ours.stream()
                    .filter(record -> organisationId.equals(record.key())).map(record -> header(record, "ce_id")))
                    .as("in order").containsExactlyElementsOf(ids));
        }
    }

    @Test
    void leavesTheOutboxOfAnAggregateLeasedByAnotherInstanceAlone() {
        String organisationId = UUID.randomUUID().toString();
        organisations.insertOne(new Document("_id", organisationId)
                .append(OutboxRelay.LEASE, lease("another instance", clock.instant().plusSeconds(60)))
                .append(Outbox.FIELD, entries(applied(organisationId))));

        relay(template()).publishPending();

        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).hasSize(1);
    }

    @Test
    void takesOverTheOutboxOfAnInstanceWhoseLeaseRanOut() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        organisations.insertOne(new Document("_id", organisationId)
                .append(OutboxRelay.LEASE, lease("a stalled instance", clock.instant().minusSeconds(1)))
                .append(Outbox.FIELD, entries(applied)));

        relay(template()).publishPending();

        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).isEmpty();
        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(applied.eventId()));
        }
    }

    @Test
    void stopsAtOnceWhenAnotherInstanceTookOverItsLeaseMidway() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        var activated = activated(organisationId);
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD, entries(applied, activated)));
        List<String> sent = new ArrayList<>();
        // This instance stalls during its first send for longer than its lease, and another one takes over.
        KafkaTemplate<String, byte[]> stalling = intercepting(record -> {
            sent.add(header(record, "ce_id"));
            organisations.updateOne(Filters.eq("_id", organisationId),
                    Updates.set(OutboxRelay.LEASE, lease("the instance that took over", clock.instant().plus(LEASE))));
        });

        relay(stalling).publishPending();

        assertThat(sent).as("nothing sent after losing the lease").containsExactly(applied.eventId());
        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class))
                .as("the new holder publishes both, in order; the first twice at worst, which consumers absorb")
                .extracting(entry -> entry.getString("eventId")).containsExactly(applied.eventId(), activated.eventId());
        assertThat(stored(organisationId).get(OutboxRelay.LEASE, Document.class).getString("holder"))
                .isEqualTo("the instance that took over");
    }

    @Test
    void renewsItsLeaseWithEveryEventItPublishes() {
        String organisationId = UUID.randomUUID().toString();
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD,
                entries(applied(organisationId), activated(organisationId), activated(organisationId))));
        Instant start = clock.instant();
        List<Instant> leasedUntil = new ArrayList<>();
        // Each send takes 40 s by this relay's clock: three of them outlast one lease of 60 s.
        KafkaTemplate<String, byte[]> slow = intercepting(record -> {
            leasedUntil.add(stored(organisationId).get(OutboxRelay.LEASE, Document.class).getDate("until").toInstant());
            clock.advance(Duration.ofSeconds(40));
        });

        relay(slow).publishPending();

        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(leasedUntil).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(leasedUntil.get(2)).isAfter(start.plus(LEASE));
    }

    @Test
    void retriesAnEventThatFailsOnItsOwnWithoutHoldingUpOtherAggregatesThenParksItAndGoesOn() {
        String blocked = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        var tooLarge = new MembershipApplied(UUID.randomUUID().toString(), Instant.now(), blocked,
                new OrganisationSummary("x".repeat(2_000_000), Councils.SALFORD.type(), null, "North West"),
                Councils.ADA, "LOCAL_AUTHORITY");
        var behindIt = activated(blocked);
        var otherEvent = applied(other);
        organisations.insertOne(new Document("_id", blocked).append(Outbox.FIELD, entries(tooLarge, behindIt)));
        organisations.insertOne(new Document("_id", other).append(Outbox.FIELD, entries(otherEvent)));
        OutboxRelay relay = relay(template(), 3);

        relay.publishPending();

        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(otherEvent.eventId()));
            assertThat(gauge("svuk.outbox.backlog")).isEqualTo(3);
            assertThat(stored(blocked).get(OutboxRelay.RETRY, Document.class).getInteger("attempts")).isEqualTo(1);
            relay.publishPending(); // before its next attempt is due: left alone
            assertThat(stored(blocked).get(OutboxRelay.RETRY, Document.class).getInteger("attempts")).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            relay.publishPending();
            clock.advance(Duration.ofSeconds(2));
            relay.publishPending();

            consumer.awaitRecord(withId(behindIt.eventId()));
            assertThat(consumer.records(record -> blocked.equals(record.key())))
                    .extracting(record -> header(record, "ce_id")).containsExactly(behindIt.eventId());
        }
        assertThat(stored(blocked).getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(stored(blocked)).doesNotContainKey(OutboxRelay.RETRY);
        ParkedEvent parkedEvent = parked.newest(100).stream()
                .filter(event -> event.eventId().equals(tooLarge.eventId())).findFirst().orElseThrow();
        assertThat(parkedEvent.failure()).contains("RecordTooLarge");
        assertThat(parkedEvent.attempts()).isEqualTo(3);
        assertThat(parkedEvent.key()).isEqualTo(blocked);
        assertThat(gauge("svuk.outbox.parked")).isEqualTo(1);
        assertThatThrownBy(() -> parked.republish(tooLarge.eventId(), relay))
                .hasRootCauseInstanceOf(RecordTooLargeException.class);
    }

    @Test
    void triesAnEventThatFailedOnItsOwnAgainWhenItsBackOffIsOverRatherThanAtTheNextLook() {
        String blocked = UUID.randomUUID().toString();
        var tooLarge = new MembershipApplied(UUID.randomUUID().toString(), Instant.now(), blocked,
                new OrganisationSummary("x".repeat(2_000_000), Councils.SALFORD.type(), null, "North West"),
                Councils.ADA, "LOCAL_AUTHORITY");
        var behindIt = activated(blocked);
        organisations.insertOne(new Document("_id", blocked).append(Outbox.FIELD, entries(tooLarge, behindIt)));
        // It looks at every outbox when it starts and then once an hour; the event's second and third attempts
        // come 200 ms and 400 ms after the one before, and the third parks it.
        OutboxRelay relay = new OutboxRelay(database, List.of(new OutboxCollection("organisations")), template(),
                codec, Clock.systemUTC(), new OutboxRelay.Settings(Duration.ofHours(1), LEASE, Duration.ofSeconds(15),
                        3, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(1)),
                BrokerProbe.of(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()),
                        Duration.ofSeconds(5)), parked, meters);

        relay.start();
        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(behindIt.eventId()));
        } finally {
            relay.stop();
        }
        assertThat(parked.newest(100)).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(tooLarge.eventId());
            assertThat(event.attempts()).isEqualTo(3);
        });
    }

    @Test
    void parksAnEventForATopicThatDoesNotExistRatherThanWaitingForIt() {
        String organisationId = UUID.randomUUID().toString();
        Document toNowhere = entries(applied(organisationId)).get(0).append("topic", "no.such.topic");
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD, List.of(toNowhere)));

        var pass = relay(template(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000)), 1).pass();

        assertThat(pass.outage()).isFalse();
        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).isEmpty();
        assertThat(parked.newest(100)).anySatisfy(event -> {
            assertThat(event.eventId()).isEqualTo(toNowhere.getString("eventId"));
            assertThat(event.topic()).isEqualTo("no.such.topic");
        });
    }

    @Test
    void waitsOutABrokerOutageWithoutCountingAnAttemptAgainstAnyEvent() {
        String organisationId = UUID.randomUUID().toString();
        var applied = applied(organisationId);
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD, entries(applied)));
        Map<String, Object> nowhere = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500);
        OutboxRelay duringTheOutage = new OutboxRelay(database, List.of(new OutboxCollection("organisations")),
                template(nowhere), codec, clock, settings(1), BrokerProbe.of(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1"), Duration.ofMillis(500)),
                parked, meters);

        for (int i = 0; i < 3; i++) {
            assertThat(duringTheOutage.pass().outage()).isTrue();
        }

        assertThat(stored(organisationId)).doesNotContainKey(OutboxRelay.RETRY);
        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).hasSize(1);
        assertThat(parked.newest(100)).noneMatch(event -> event.key().equals(organisationId));
        duringTheOutage.stop();
        relay(template()).publishPending();
        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(applied.eventId()));
        }
    }

    @Test
    void publishesAnotherAggregatesEventInTheFirstPassWhateverTheBacklogOfOne() {
        String busy = UUID.randomUUID().toString();
        String quiet = UUID.randomUUID().toString();
        IntegrationEvent[] backlog = new IntegrationEvent[250];
        for (int i = 0; i < backlog.length; i++) {
            backlog[i] = i == 0 ? applied(busy) : activated(busy);
        }
        organisations.insertOne(new Document("_id", busy).append(Outbox.FIELD, entries(backlog)));
        var fresh = applied(quiet);
        organisations.insertOne(new Document("_id", quiet).append(Outbox.FIELD, entries(fresh)));
        OutboxRelay relay = relay(template());

        var first = relay.pass();

        assertThat(stored(quiet).getList(Outbox.FIELD, Document.class)).as("published in the first pass").isEmpty();
        assertThat(first.more()).isTrue();
        assertThat(stored(busy).getList(Outbox.FIELD, Document.class)).as("the long outbox waits its turn")
                .hasSize(backlog.length - OutboxRelay.EVENTS_PER_AGGREGATE);
        int passes = 1;
        for (boolean more = first.more(); more; passes++) {
            more = relay.pass().more();
        }
        assertThat(passes).as("the backlog in passes of " + OutboxRelay.EVENTS_PER_AGGREGATE)
                .isEqualTo(backlog.length / OutboxRelay.EVENTS_PER_AGGREGATE);
        assertThat(stored(busy).getList(Outbox.FIELD, Document.class)).isEmpty();
        try (var consumer = consumer()) {
            consumer.awaitRecord(withId(backlog[backlog.length - 1].eventId()));
            assertThat(consumer.records(record -> busy.equals(record.key())))
                    .extracting(record -> header(record, "ce_id")).as("in order, once each")
                    .containsExactlyElementsOf(Stream.of(backlog).map(IntegrationEvent::eventId).toList());
        }
    }

    @Test
    void publishesAnEventOfOneCollectionInTheFirstPassWhateverTheBacklogOfAnother() {
        MongoCollection<Document> invitations = database.getCollection("invitations");
        List<Document> waiting = new ArrayList<>();
        for (int i = 0; i < 3 * OutboxRelay.AGGREGATES_PER_PASS; i++) {
            String id = UUID.randomUUID().toString();
            waiting.add(new Document("_id", id).append(Outbox.FIELD, entries(applied(id))));
        }
        invitations.insertMany(waiting);
        String organisationId = UUID.randomUUID().toString();
        organisations.insertOne(new Document("_id", organisationId).append(Outbox.FIELD,
                entries(applied(organisationId))));
        OutboxRelay relay = new OutboxRelay(database, List.of(new OutboxCollection("invitations"),
                new OutboxCollection("organisations")), template(), codec, clock, settings(6),
                BrokerProbe.of(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()),
                        Duration.ofSeconds(5)), parked, meters);

        var first = relay.pass();

        assertThat(stored(organisationId).getList(Outbox.FIELD, Document.class)).as("published in the first pass")
                .isEmpty();
        assertThat(first.published()).isEqualTo(OutboxRelay.AGGREGATES_PER_PASS);
        assertThat(first.more()).isTrue();
        assertThat(relay.publishPending()).as("the rest, in later passes").isEqualTo(waiting.size() + 1 - first.published());
        assertThat(invitations.countDocuments(Filters.exists(Outbox.FIELD + ".eventId"))).isZero();
    }

    private OutboxRelay relay(KafkaTemplate<String, byte[]> template) {
        return relay(template, 6);
    }

    private OutboxRelay relay(KafkaTemplate<String, byte[]> template, int parkAfter) {
        return new OutboxRelay(database, List.of(new OutboxCollection("organisations")), template, codec, clock,
                settings(parkAfter), BrokerProbe.of(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.getBrokersAsString()), Duration.ofSeconds(5)), parked, meters);
    }

    private static OutboxRelay.Settings settings(int parkAfter) {
        return new OutboxRelay.Settings(Duration.ofMillis(100), LEASE, Duration.ofSeconds(15), parkAfter,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(1));
    }

    private KafkaTemplate<String, byte[]> template() {
        return template(Map.of());
    }

    private KafkaTemplate<String, byte[]> template(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        config.putAll(overrides);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /** A producer to the real broker that lets the test act just before each send, as another instance would. */
    private KafkaTemplate<String, byte[]> intercepting(Consumer<ProducerRecord<String, byte[]>> beforeEachSend) {
        return new KafkaTemplate<>(template().getProducerFactory()) {
            @Override
            public CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
                beforeEachSend.accept(record);
                return super.send(record);
            }
        };
    }

    private List<Document> entries(IntegrationEvent... events) {
        return new Outbox(codec, null).entries(List.of(events));
    }

    private static Document lease(String holder, Instant until) {
        return new Document("holder", holder).append("until", Date.from(until));
    }

    private Document stored(String id) {
        return organisations.find(Filters.eq("_id", id)).first();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static KafkaTestConsumer consumer() {
        return new KafkaTestConsumer(kafka.getBrokersAsString(), List.of(Topics.MEMBERSHIP_ORGANISATIONS));
    }

    private static Predicate<ConsumerRecord<String, byte[]>> withId(String eventId) {
        return record -> record.headers().lastHeader("ce_id") != null && eventId.equals(header(record, "ce_id"));
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value());
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
