package uk.socialvalue.local;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The local store's backend on an H2 file: its unique indexes answer and refuse as mongo-java-server's own do, every
 * one of them compares keys through {@link LocalStoreBackend.RememberedKeys}, every collection's documents are
 * written as BSON ({@link LocalStoreBackend.BsonDocuments}) and read back as they were, of every BSON type, and a file
 * the plain backend wrote reads the same here (the keys' order on disk is unchanged).
 */
class LocalStoreBackendTests {

    private static final int PEOPLE = 2_000;

    @TempDir
    Path folder;

    @Test
    void answersAndRefusesThroughItsUniqueIndexesAndComparesEveryOneWithRememberedKeys() {
        Path file = folder.resolve("store.mv");
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            MongoCollection<Document> people = store.people();
            insertPeople(people, 0, PEOPLE);

            assertThatEachIsFound(people, 0, PEOPLE);
            assertThat(duplicateKey(() -> people.insertOne(person(PEOPLE - 1).append("_id", "another")))).isTrue();
            people.updateOne(Filters.eq("_id", "person-7"), Updates.set("email", "moved@example.org"));
            assertThat(people.find(Filters.eq("email", "moved@example.org")).first()).containsEntry("_id", "person-7");
            assertThat(people.find(Filters.eq("email", "person-7@example.org")).first()).isNull();
            people.deleteOne(Filters.eq("_id", "person-8"));
            assertThat(people.find(Filters.eq("_id", "person-8")).first()).isNull();
            people.insertOne(person(8));
            assertThat(people.find(Filters.eq("email", "person-8@example.org")).first()).isNotNull();

            List<String> indexMaps = store.mvStore().getMapNames().stream().filter(name -> name.contains("._index_"))
                    .toList();
            assertThat(indexMaps).contains(LocalStoreBackend.indexMapName("test", "people", "_id_"),
                    LocalStoreBackend.indexMapName("test", "people", "by_email"));
            assertThat(indexMaps).allSatisfy(name -> assertThat(store.mvStore().openMap(name).getKeyType())
                    .as(name).isInstanceOf(LocalStoreBackend.RememberedKeys.class));
            assertThat(store.mvStore().openMap(LocalStoreBackend.documentMapName("test", "people")).getValueType())
                    .isInstanceOf(LocalStoreBackend.BsonDocuments.class);
        }
    }

    @Test
    void readsBackADocumentOfEveryBsonTypeAsItWasWrittenAfterARestart() {
        Path file = folder.resolve("store.mv");
        Document written = new Document("_id", new ObjectId()).append("text", "Social value – £250")
                .append("int", 42).append("long", 1L << 40).append("double", -0.5)
                .append("decimal", Decimal128.parse("1234.56")).append("yes", true).append("nothing", null)
                .append("at", new Date(1_764_806_400_123L)).append("uuid", UUID.randomUUID())
                .append("bytes", new Binary(new byte[] {0, 1, 2, (byte) 255}))
                .append("list", List.of(1, "two", new Document("three", 3.0)))
                .append("nested", new Document("deeper", new Document("deepest", List.of())))
                .append("pattern", new BsonRegularExpression("^s.*v$", "i"))
                .append("timestamp", new BsonTimestamp(1_764_806_400, 7)).append("min", new MinKey())
                .append("max", new MaxKey()).append("script", new Code("function() { return 1; }"));
        Document read;
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            store.people().insertOne(written);
            read = store.people().find(Filters.eq("_id", written.get("_id"))).first();
            assertThat(read).isEqualTo(written);
        }
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            assertThat(store.people().find(Filters.eq("_id", written.get("_id"))).first()).isEqualTo(read);
            store.people().updateOne(Filters.eq("_id", written.get("_id")), Updates.inc("int", 1));
        }
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            assertThat(store.people().find(Filters.eq("_id", written.get("_id"))).first())
                    .isEqualTo(new Document(read).append("int", 43));
        }
    }

    /**
     * mongo-java-server updates a stored document in place while H2's writer thread may be writing the page that
     * holds it: the writer neither fails nor writes something unreadable, nor misses a key that is there (a
     * lookup can, while the map grows its table: one round in twenty or so wrote an {@code _id} of null before
     * the writer encoded a snapshot). Each round is a new document, since a map grows its table only so often.
     */
    @Test
    void writesADocumentThatIsBeingUpdatedInPlaceMeanwhile() throws Exception {
        LocalStoreBackend.BsonDocuments type = new LocalStoreBackend.BsonDocuments();
        for (int round = 0; round < 100; round++) {
            de.bwaldvogel.mongo.bson.Document stored = new de.bwaldvogel.mongo.bson.Document("_id", "session-1");
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread updater = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    stored.put("seat-" + i, i);
                    stored.remove("seat-" + (i - 20));
                    // the next update of a collection waits for this one to be stored
                    LockSupport.parkNanos(20_000);
                }
            });
            updater.start();
            try {
                for (int i = 0; i < 1_000; i++) {
                    WriteBuffer buffer = new WriteBuffer();
                    type.write(buffer, stored);
                    ByteBuffer written = buffer.getBuffer().flip();
                    assertThat(type.read(written)).isInstanceOfSatisfying(de.bwaldvogel.mongo.bson.Document.class,
                            read -> assertThat(read.get("_id")).isEqualTo("session-1"));
                }
            } finally {
                writing.set(false);
                updater.join();
            }
        }
    }

    @Test
    void readsAFileThePlainBackendWroteAndKeepsWhatItChangesThere() {
        Path file = folder.resolve("store.mv");
        try (Running store = Running.on(file, H2Backend::new)) {
            insertPeople(store.people(), 0, PEOPLE);
        }
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            assertThatEachIsFound(store.people(), 0, PEOPLE);
            assertThat(duplicateKey(() -> store.people().insertOne(person(3).append("_id", "another")))).isTrue();
            insertPeople(store.people(), PEOPLE, 2 * PEOPLE);
            store.people().updateOne(Filters.eq("_id", "person-5"), Updates.set("number", -5L));
        }
        try (Running store = Running.on(file, LocalStoreBackend::new)) {
            assertThatEachIsFound(store.people(), 0, 2 * PEOPLE);
            assertThat(store.people().find(Filters.eq("_id", "person-5")).first()).containsEntry("number", -5L);
            assertThat(duplicateKey(() -> store.people().insertOne(person(PEOPLE + 3).append("_id", "another"))))
                    .isTrue();
        }
    }

    private static void insertPeople(MongoCollection<Document> people, int from, int to) {
        // shuffled by a stride, so the index's B-tree is searched and split at every depth
        List<Document> batch = new ArrayList<>();
        IntStream.range(from, to).map(i -> from + (int) ((i - from) * 7919L % (to - from)))
                .forEach(i -> batch.add(person(i)));
        people.insertMany(batch);
    }

    private static Document person(int i) {
        return new Document("_id", "person-" + i).append("email", "person-" + i + "@example.org")
                .append("number", (long) i);
    }

    private static void assertThatEachIsFound(MongoCollection<Document> people, int from, int to) {
        for (int i = from; i < to; i++) {
            assertThat(people.find(Filters.eq("_id", "person-" + i)).first()).as("person %d by _id", i).isNotNull();
            assertThat(people.find(Filters.eq("email", "person-" + i + "@example.org")).first())
                    .as("person %d by email", i).containsEntry("_id", "person-" + i);
        }
    }

    private static boolean duplicateKey(Runnable write) {
        assertThatExceptionOfType(MongoWriteException.class).isThrownBy(write::run)
                .satisfies(e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        return true;
    }

    /** A store on the file with the given backend, and a client of it, closed (the file written) together. */
    private record Running(MongoServer server, AbstractMongoBackend backend, MVStore mvStore, MongoClient client)
            implements AutoCloseable {

        static Running on(Path file, Function<MVStore, ? extends H2Backend> backend) {
            MVStore mvStore = new MVStore.Builder().fileName(file.toString()).open();
            H2Backend opened = backend.apply(mvStore);
            MongoServer server = new MongoServer(opened);
            InetSocketAddress address = server.bind();
            MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort()
                    + "/?uuidRepresentation=standard");
            Running running = new Running(server, opened, mvStore, client);
            running.people().createIndex(Indexes.ascending("email"), new IndexOptions().name("by_email").unique(true));
            return running;
        }

        MongoCollection<Document> people() {
            return client.getDatabase("test").getCollection("people");
        }

        @Override
        public void close() {
            client.close();
            server.shutdown();
        }
    }
}
