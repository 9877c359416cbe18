package uk.socialvalue.support.aggregate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.domain.RetryPolicy;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.outbox.BrokerProbe;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.outbox.OutboxRelay;
import uk.socialvalue.support.outbox.ParkedEvents;
import uk.socialvalue.support.test.Councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store against the MongoDB wire-protocol server, with a small aggregate of its own: a counter. */
class AggregateStoreTests {

    static MongoServer server;
    static String uri;
    static MongoClient mongo;
    static MongoDatabase database;
    static Outbox outbox;

    AggregateStore<Counter> counters = new AggregateStores(database, outbox, List.of(new OutboxCollection("counters")))
            .of("counters", "Counter", new CounterMapping());

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        mongo = MongoClients.create(uri);
        database = mongo.getDatabase("store");
        database.getCollection("counters").createIndex(Indexes.ascending("tag"),
                new IndexOptions().unique(true).sparse(true));
        EventCodec codec = new EventCodec(JsonMapper.builder().build(), URI.create("/svuk/test"));
        // Never started, never sends: only nudged. Its producer would connect on the first send.
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        outbox = new Outbox(codec, new OutboxRelay(database, List.of(new OutboxCollection("counters")), kafka, codec,
                Clock.systemUTC(), new OutboxRelay.Settings(Duration.ofSeconds(1), Duration.ofSeconds(60),
                        Duration.ofSeconds(45), 6, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(1)),
                topic -> BrokerProbe.Answer.NO_ANSWER, new ParkedEvents(database, Clock.systemUTC()),
                new SimpleMeterRegistry()));
    }

    @AfterAll
    static void stop() {
        mongo.close();
        server.shutdownNow();
    }

    @Test
    void insertsTheStateAtItsVersionWithItsEventsInOneDocument() {
        Counter counter = Counter.create("tag-" + UUID.randomUUID());

        counters.add(counter);

        Document stored = stored(counter.id());
        assertThat(stored.getInteger("count")).isZero();
        assertThat(stored.getLong(AggregateStore.VERSION)).isZero();
        assertThat(stored.getList(Outbox.FIELD, Document.class)).extracting(entry -> entry.getString("eventId"))
                .containsExactly(counter.events().get(0).eventId());
    }

    @Test
    void loadsTheAggregateAtItsStoredVersionWithoutItsOutbox() {
        Counter counter = Counter.create(null);
        counters.add(counter);

        Counter loaded = counters.byId(counter.id()).orElseThrow();

        assertThat(loaded.version()).isZero();
        assertThat(loaded.events()).isEmpty();
        assertThat(loaded.readFields()).doesNotContain(Outbox.FIELD);
        assertThat(counters.byId("no-such-counter")).isEmpty();
    }

    @Test
    void updatesTheStateIncrementsTheVersionAndAppendsTheEventsInOneWrite() {
        Counter counter = Counter.create(null);
        counters.add(counter);
        Counter loaded = counters.byId(counter.id()).orElseThrow();
        loaded.increment();

        counters.save(loaded);

        Document stored = stored(counter.id());
        assertThat(stored.getInteger("count")).isEqualTo(1);
        assertThat(stored.getLong(AggregateStore.VERSION)).isEqualTo(1);
        assertThat(stored.getList(Outbox.FIELD, Document.class)).hasSize(2);
        assertThat(counters.byId(counter.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void refusesToSaveACopyLoadedBeforeSomeoneElsesChange() {
        Counter counter = Counter.create(null);
        counters.add(counter);
        Counter mine = counters.byId(counter.id()).orElseThrow();
        Counter theirs = counters.byId(counter.id()).orElseThrow();
        theirs.increment();
        counters.save(theirs);
        mine.increment();

        assertThatThrownBy(() -> counters.save(mine)).isInstanceOf(ConcurrentUpdate.class)
                .hasMessage("Counter " + counter.id() + " was changed by someone else at the same time");
        assertThat(stored(counter.id()).getList(Outbox.FIELD, Document.class)).as("no events of the refused write")
                .hasSize(2);
    }

    @Test
    void takesADocumentStoredBeforeItsKindHadVersionsForVersionZero() {
        String id = UUID.randomUUID().toString();
        database.getCollection("counters").insertOne(new Document("_id", id).append("count", 7));
        Counter legacy = counters.byId(id).orElseThrow();
        legacy.increment();

        counters.save(legacy);

        assertThat(stored(id).getInteger("count")).isEqualTo(8);
        assertThat(stored(id).getLong(AggregateStore.VERSION)).isEqualTo(1);
    }

    @Test
    void storesANullFieldAbsentSoThatASparseUniqueIndexPassesItOver() {
        Counter first = Counter.create(null);
        Counter second = Counter.create(null);
        counters.add(first);
        counters.add(second);
        assertThat(stored(first.id())).doesNotContainKey("tag");

        Counter tagged = Counter.create("tag-" + UUID.randomUUID());
        counters.add(tagged);
        Counter untagged = counters.byId(tagged.id()).orElseThrow();
        untagged.untag();
        counters.save(untagged);

        assertThat(stored(tagged.id())).doesNotContainKey("tag");
    }

    @Test
    void reportsAValueAUniqueIndexAlreadyHoldsAsADuplicateKey() {
        String tag = "tag-" + UUID.randomUUID();
        counters.add(Counter.create(tag));

        assertThatThrownBy(() -> counters.add(Counter.create(tag))).isInstanceOf(DuplicateKey.class);
    }

    @Test
    void appliesAConditionalUpdateWithItsEventsOnlyWhileTheConditionHolds() {
        Counter counter = Counter.create(null);
        counters.add(counter);
        List<IntegrationEvent> taken = List.of(lapsed(counter.id()));

        boolean first = counters.updateWhere(counter.id(), Filters.lt("count", 1), Updates.inc("count", 1), taken);
        boolean second = counters.updateWhere(counter.id(), Filters.lt("count", 1), Updates.inc("count", 1),
                List.of(lapsed(counter.id())));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stored(counter.id()).getInteger("count")).isEqualTo(1);
        assertThat(stored(counter.id()).getList(Outbox.FIELD, Document.class)).hasSize(2);
    }

    @Test
    void refusesEventsThatNoRelayWouldEverPublish() {
        AggregateStore<Counter> unrelayed = new AggregateStores(database, outbox, List.of())
                .of("counters", "Counter", new CounterMapping());

        assertThatThrownBy(() -> unrelayed.add(Counter.create(null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OutboxCollection");
    }

    @Test
    void losesNoChangeWhenManyWritersChangeOneAggregateAtOnceThroughTheRetry() throws Exception {
        Counter counter = Counter.create(null);
        counters.add(counter);
        Retry retry = new Retry(new RetryPolicy(100, Duration.ofMillis(1), Duration.ofMillis(20), 1.0,
                Duration.ofSeconds(30)));
        int writers = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> increments = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                increments.add(() -> retry.onConflict(() -> {
                    Counter latest = counters.byId(counter.id()).orElseThrow();
                    latest.increment();
                    counters.save(latest);
                    return latest.version();
                }));
            }
            for (Future<Long> done : pool.invokeAll(increments)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Document stored = stored(counter.id());
        assertThat(stored.getInteger("count")).isEqualTo(writers);
        assertThat(stored.getLong(AggregateStore.VERSION)).isEqualTo(writers);
        assertThat(stored.getList(Outbox.FIELD, Document.class)).hasSize(writers + 1);
    }

    @Test
    void pagesThroughItsListingInOrderWithoutMissingOrRepeatingAnAggregate() {
        AggregateStore<Counter> listed = listedCounters();
        List<String> expected = new ArrayList<>();
        for (int bucket = 0; bucket < 3; bucket++) {
            for (int i = 0; i < 10; i++) {
                expected.add("t" + bucket + i);
            }
        }
        for (int i = 29; i >= 0; i--) { // stored in another order than listed
            Counter counter = Counter.create("t" + i / 10 + i % 10);
            listed.add(counter);
            for (int moves = 0; moves < i / 10; moves++) {
                Counter latest = listed.byId(counter.id()).orElseThrow();
                latest.increment();
                listed.save(latest);
            }
        }
        Counter hidden = Counter.create("t05x");
        listed.add(hidden);
        Counter untagged = listed.byId(hidden.id()).orElseThrow();
        untagged.untag();
        listed.save(untagged);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, page * 7L, 7).forEach(counter -> paged.add(tag(counter)));
        }

        assertThat(paged).as("every listed counter once, bucket by bucket, by tag; the untagged one not at all")
                .containsExactlyElementsOf(expected);
        assertThat(listed.listed(listingName, BUCKETS, entry -> entry.getString("tag").endsWith("7"), BY_TAG, 0, 10))
                .extracting(AggregateStoreTests::tag).containsExactly("t07", "t17", "t27");
    }

    @Test
    void readsTheBucketsAPageShowsRatherThanTheWholeBatchTheyFallIn() {
        String name = "listing-" + UUID.randomUUID();
        List<Integer> entriesAnswered = new CopyOnWriteArrayList<>();
        CommandListener counting = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (event.getCommandName().equals("find")) {
                    for (BsonValue bucket : event.getResponse().getDocument("cursor").getArray("firstBatch")) {
                        BsonDocument entries = bucket.asDocument().getDocument("entries", null);
                        entriesAnswered.add(entries == null ? 0 : entries.size());
                    }
                }
            }
        };
        try (MongoClient client = listenedTo(counting)) {
            Listing listing = new Listing(client.getDatabase("store").getCollection(name));
            for (int bucket = 1; bucket <= 4; bucket++) {
                for (int i = 0; i < 10; i++) {
                    listing.put(new Listing.Place("bucket-" + bucket, new Document("tag", "t" + bucket + i)),
                            "c" + bucket + i, 0);
                }
            }
            List<List<String>> batches = List.of(List.of("bucket-0"), List.of("bucket-1", "bucket-2", "bucket-3",
                    "bucket-4"));
            entriesAnswered.clear();

            List<Listing.Entry> first = listing.window(batches, entry -> true, BY_TAG, 0, 9);

            assertThat(first).extracting(entry -> entry.fields().getString("tag"))
                    .containsExactly("t10", "t11", "t12", "t13", "t14", "t15", "t16", "t17", "t18");
            assertThat(entriesAnswered.stream().mapToInt(Integer::intValue).sum())
                    .as("the first bucket of the batch alone, of the batch's forty entries").isEqualTo(10);
            entriesAnswered.clear();

            List<Listing.Entry> later = listing.window(batches, entry -> true, BY_TAG, 15, 10);

            assertThat(later).extracting(entry -> entry.fields().getString("tag"))
                    .containsExactly("t25", "t26", "t27", "t28", "t29", "t30", "t31", "t32", "t33", "t34");
            assertThat(entriesAnswered.stream().mapToInt(Integer::intValue).sum())
                    .as("one bucket, then the two more its ten entries a bucket say the page needs").isEqualTo(30);
        }
    }

    @Test
    void addsSeveralInOneWriteAndLeavesThoseAUniqueIndexAlreadyHolds() {
        List<String> inserts = new CopyOnWriteArrayList<>();
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("insert")) {
                    inserts.add(event.getCommand().getString("insert").getValue());
                }
            }
        };
        try (MongoClient client = listenedTo(counting)) {
            AggregateStore<Counter> store = new AggregateStores(client.getDatabase("store"), outbox,
                    List.of(new OutboxCollection("counters"))).of("counters", "Counter", new CounterMapping());
            String tag = "held-" + UUID.randomUUID();
            Counter held = Counter.create(tag);
            store.add(held);
            Counter sameTag = Counter.create(tag);
            Counter first = Counter.create(null);
            Counter second = Counter.create(null);
            inserts.clear();

            List<Counter> stored = store.addAll(List.of(first, held, sameTag, second));

            assertThat(stored).containsExactly(first, second);
            assertThat(inserts).as("one write for the four").containsExactly("counters");
            assertThat(stored(first.id()).getList(Outbox.FIELD, Document.class)).as("with its event").hasSize(1);
            assertThat(stored(second.id())).isNotNull();
            assertThat(stored(sameTag.id())).as("refused for the tag another holds").isNull();
            assertThat(stored(held.id()).getString("tag")).isEqualTo(tag);
        }
    }

    @Test
    void mendsAnEntryAWriteThatLostItsRaceLeftAndNeverAnswersIt() {
        AggregateStore<Counter> listed = listedCounters();
        Counter counter = Counter.create("t00");
        listed.add(counter);
        Counter mine = listed.byId(counter.id()).orElseThrow();
        Counter theirs = listed.byId(counter.id()).orElseThrow();
        theirs.increment();
        listed.save(theirs);
        mine.increment();
        mine.increment();
        assertThatThrownBy(() -> listed.save(mine)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(entries("bucket-2")).as("the losing write listed it first").hasSize(1);

        List<Counter> found = listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, 0, 10);

        assertThat(found).extracting(Counter::version).containsExactly(1L);
        assertThat(entries("bucket-0")).as("the entry of the version before, removed after the save").isEmpty();
        assertThat(entries("bucket-1")).hasSize(1);
        assertThat(entries("bucket-2")).as("mended by the reader").isEmpty();
    }

    @Test
    void listsNothingForAnAggregateRefusedForAnotherUniqueValue() {
        AggregateStore<Counter> listed = listedCounters();
        listed.collection().createIndex(Indexes.ascending("tag"), new IndexOptions().unique(true).sparse(true));
        listed.add(Counter.create("t00"));

        assertThatThrownBy(() -> listed.add(Counter.create("t00"))).isInstanceOf(DuplicateKey.class);

        assertThat(entries("bucket-0")).hasSize(1);
        assertThat(listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, 0, 10)).hasSize(1);
    }

    @Test
    void listsTheAggregatesStoredBeforeItKeptAListing() {
        String collection = "counters-" + UUID.randomUUID();
        AggregateStore<Counter> unlisted = new AggregateStores(database, outbox,
                List.of(new OutboxCollection(collection))).of(collection, "Counter", new ListedCounterMapping());
        unlisted.add(Counter.create("t01"));
        unlisted.add(Counter.create("t00"));

        listingName = collection + "-listing";
        AggregateStore<Counter> listed = new AggregateStore<>(new AggregateStores(database, outbox,
                List.of(new OutboxCollection(collection))), collection, "Counter", new ListedCounterMapping(),
                listingName);

        assertThat(listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, 0, 10)).extracting(AggregateStoreTests::tag)
                .containsExactly("t00", "t01");
    }

    @Test
    void listsEveryAggregateOnceWhereItEndedAfterManyWritersMovedThemAtOnce() throws Exception {
        AggregateStore<Counter> listed = listedCounters();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Counter counter = Counter.create("t0" + i);
            listed.add(counter);
            ids.add(counter.id());
        }
        Retry retry = new Retry(new RetryPolicy(100, Duration.ofMillis(1), Duration.ofMillis(20), 1.0,
                Duration.ofSeconds(30)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String id = ids.get(i % ids.size());
                work.add(() -> retry.onConflict(() -> {
                    Counter latest = listed.byId(id).orElseThrow();
                    latest.increment();
                    listed.save(latest);
                    return 0;
                }));
                work.add(() -> listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, 0, 10).size());
            }
            for (Future<Integer> done : pool.invokeAll(work)) {
                assertThat(done.get()).as("never more than there are").isLessThanOrEqualTo(ids.size());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(listed.listed(listingName, BUCKETS, entry -> true, BY_TAG, 0, 10))
                .extracting(counter -> tag(counter) + "@" + counter.version())
                .containsExactly("t00@4", "t01@4", "t02@4", "t03@4", "t04@4", "t05@4");
        assertThat(entries("bucket-4")).hasSize(6);
    }

    /** A client of the same server whose commands {@code listener} hears. */
    private static MongoClient listenedTo(CommandListener listener) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .addCommandListener(listener).build());
    }

    private String listingName;

    /** Counters listed by their count (bucket-0, bucket-1, ...), untagged ones not at all, in a listing of their own. */
    private AggregateStore<Counter> listedCounters() {
        String collection = "counters-" + UUID.randomUUID();
        listingName = collection + "-listing";
        return new AggregateStore<>(new AggregateStores(database, outbox, List.of(new OutboxCollection(collection))),
                collection, "Counter", new ListedCounterMapping(), listingName);
    }

    private static final List<List<String>> BUCKETS = List.of(List.of("bucket-0"), List.of("bucket-1", "bucket-2"),
            List.of("bucket-3", "bucket-4"));
    private static final Comparator<Listing.Entry> BY_TAG = Comparator.comparing(entry -> entry.fields().getString("tag"));

    private List<Object> entries(String bucket) {
        Document held = database.getCollection(listingName).find(Filters.eq("_id", bucket)).first();
        return held == null || held.get("entries") == null ? List.of()
                : List.copyOf(held.get("entries", Document.class).values());
    }

    private static String tag(Counter counter) {
        return counter.tag;
    }

    private static Document stored(String id) {
        return database.getCollection("counters").find(Filters.eq("_id", id)).first();
    }

    static MembershipLapsed lapsed(String id) {
        return new MembershipLapsed(UUID.randomUUID().toString(), Instant.now(), id, Councils.SALFORD, Councils.ADA);
    }

    /** A count that records an event each time it changes, and an optional unique tag. */
    static final class Counter implements Aggregate {

        private final String id;
        private final long version;
        private final List<String> readFields;
        private final List<IntegrationEvent> events = new ArrayList<>();
        private int count;
        private String tag;

        Counter(String id, int count, String tag, long version, List<String> readFields) {
            this.id = id;
            this.count = count;
            this.tag = tag;
            this.version = version;
            this.readFields = readFields;
        }

        static Counter create(String tag) {
            Counter counter = new Counter(UUID.randomUUID().toString(), 0, tag, 0, List.of());
            counter.events.add(lapsed(counter.id));
            return counter;
        }

        void increment() {
            count++;
            events.add(lapsed(id));
        }

        void untag() {
            tag = null;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public List<IntegrationEvent> events() {
            return events;
        }

        List<String> readFields() {
            return readFields;
        }
    }

    static final class ListedCounterMapping extends CounterMapping {

        @Override
        public Optional<Listing.Place> listed(Counter counter, String listing) {
            return counter.tag == null ? Optional.empty()
                    : Optional.of(new Listing.Place("bucket-" + counter.count, new Document("tag", counter.tag)));
        }
    }

    static class CounterMapping implements AggregateMapping<Counter> {

        @Override
        public Document toDocument(Counter counter) {
            return new Document("_id", counter.id).append("count", counter.count).append("tag", counter.tag);
        }

        @Override
        public Counter toAggregate(Document document, long version) {
            return new Counter(document.getString("_id"), document.getInteger("count"), document.getString("tag"),
                    version, List.copyOf(document.keySet()));
        }
    }
}
