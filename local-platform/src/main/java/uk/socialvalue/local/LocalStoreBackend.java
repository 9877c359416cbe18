package uk.socialvalue.local;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 backend with the keys of its unique indexes compared without serialising them afresh,
 * and its documents written to the file as BSON rather than by Java serialisation.
 * <p>
 * The backend keeps each unique index (every {@code _id} among them) in an H2 map keyed by its {@link KeyValue}.
 * That class is not {@link Comparable}, so H2's {@link ObjectDataType} orders two keys by Java-serialising both
 * and comparing the bytes, at every step of every search of the index's B-tree: profiled under the benchmark's
 * loads, that was most of the store's CPU (an insert checks and adds each unique key; a claim or a settle of an
 * outgoing email looks up and moves two). Here those maps are opened with {@link RememberedKeys}, which orders
 * keys by the very same bytes, so a data folder written before reads the same, but serialises each key object
 * once and remembers its bytes for as long as the object lives (H2 keeps the keys of the pages it caches), up to
 * a bound.
 * <p>
 * The backend keeps each collection's documents in an H2 map whose values H2 writes by Java serialisation: every
 * page of documents a commit writes (each changed page, with all the documents on it, about once a second) went
 * through {@code ObjectOutputStream}, which was more than a quarter of the store's CPU under the booking load.
 * Here those maps are opened with {@link BsonDocuments}, which writes a document as the BSON the wire protocol
 * carries it in and reads both that and the serialised documents of a data folder written before, so an existing
 * folder opens as it is and moves to BSON as its pages are written again. A folder written here cannot be opened
 * by the plain backend any more.
 * <p>
 * It relies on facts of mongo-java-server 1.47 that {@code LocalStoreBackendTests} checks: the names it gives an
 * index's map and a collection's map, and that it opens a map by name only, so a map opened here first is the one
 * it uses.
 */
final class LocalStoreBackend extends H2Backend {

    LocalStoreBackend(MVStore store) {
        super(store);
    }

    /** The H2 map that holds the unique index {@code indexName} of the collection {@code collectionName}. */
    static String indexMapName(String databaseName, String collectionName, String indexName) {
        return databaseName + "." + collectionName + "._index_" + indexName;
    }

    /** The H2 map that holds the documents of the collection {@code collectionName}. */
    static String documentMapName(String databaseName, String collectionName) {
        return "databases." + databaseName + "." + collectionName;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * A database whose unique indexes use {@link RememberedKeys}. An inner class: the database's constructor opens
     * its indexes before any field of its own is set, and the backend's store is reached through the outer
     * instance, which is.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, LocalStoreBackend.this.getMvStore(), LocalStoreBackend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            getMvStore().openMap(indexMapName(getDatabaseName(), collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new RememberedKeys()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            getMvStore().openMap(documentMapName(getDatabaseName(), collectionName),
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocuments()));
            return super.openOrCreateCollection(collectionName, options);
        }
    }

    /**
     * H2's {@link ObjectDataType} for everything, except that a document is written as its BSON, behind a tag of
     * its own, and read back from it; whatever else a map holds (the serialised documents of an older folder
     * among them) is written and read as before.
     */
    static final class BsonDocuments extends ObjectDataType {

        /** Beyond the tags {@link ObjectDataType} writes (the last is 119, a byte array of 15 bytes). */
        static final byte TAG = 127;
        /**
         * Tries at reading a document that is being updated, giving way to the update between them, before it is
         * written as Java serialisation writes it. An update takes microseconds and each waits for the one before
         * it (the store locks the collection), so a try soon finds the document between two of them.
         */
        private static final int ENCODING_ATTEMPTS = 10_000;

        /**
         * The average size of a document's BSON, from which its memory is estimated: H2 bounds its page cache by
         * such estimates, and its own for a serialised object is likewise an average size.
         */
        private volatile int averageSize = 1024;

        @Override
        public void write(WriteBuffer buffer, Object value) {
            byte[] bson = value instanceof Document document ? encoded(document) : null;
            if (bson == null) {
                super.write(buffer, value);
                return;
            }
            buffer.put(TAG).putVarInt(bson.length).put(bson);
            averageSize = (averageSize * 15 + bson.length) / 16;
        }

        /**
         * The document's BSON, or {@code null} if it kept changing while it was read. mongo-java-server updates a
         * stored document in place before it stores it again (so a commit soon writes the new version), and H2
         * writes the pages of the commit before on a thread of its own: that thread can meet a document in the
         * middle of an update, which Java serialisation wrote as it found it and iterating its keys refuses.
         * It encodes a {@link #snapshot} of the document, since the encoder looks each key up, and a lookup can
         * miss a key that is there while another thread grows the map: an {@code _id} written as null.
         */
        private static byte[] encoded(Document document) {
            for (int attempt = 0; attempt < ENCODING_ATTEMPTS; attempt++) {
                ByteBuf bson = Unpooled.buffer();
                try {
                    BsonEncoder.encodeDocument((Document) snapshot(document), bson);
                    byte[] bytes = new byte[bson.readableBytes()];
                    bson.readBytes(bytes);
                    return bytes;
                } catch (ConcurrentModificationException changing) {
                    Thread.yield();
                } finally {
                    bson.release();
                }
            }
            return null;
        }

        /**
         * A copy of {@code value} made by walking its entries and elements, which refuse to go on when the
         * document or list changes under them ({@link ConcurrentModificationException}), and never by looking a
         * key up; nested documents and lists are copied the same way.
         */
        static Object snapshot(Object value) {
            if (value instanceof Document document) {
                Document copy = new Document();
                for (Map.Entry<String, Object> entry : document.entrySet()) {
                    copy.put(entry.getKey(), snapshot(entry.getValue()));
                }
                return copy;
            }
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object element : list) {
                    copy.add(snapshot(element));
                }
                return copy;
            }
            return value;
        }

        @Override
        public Object read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != TAG) {
                return super.read(buffer);
            }
            buffer.get();
            byte[] bson = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(bson);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        }

        @Override
        public int getMemory(Object value) {
            return value instanceof Document ? 2 * averageSize : super.getMemory(value);
        }
    }

    /**
     * H2's {@link ObjectDataType} for everything, except that two {@link KeyValue}s are compared by serialised bytes
     * remembered per object (by identity, held weakly), rather than serialised again for every comparison: the
     * order, and what is written to the file, are unchanged.
     */
    static final class RememberedKeys extends ObjectDataType {

        /** Beyond this many (about 20 MB), the bytes are forgotten and remembered again as keys are compared. */
        static final int MOST_REMEMBERED = 100_000;

        private final Map<Identity, byte[]> serialised = new ConcurrentHashMap<>();
        private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue && b instanceof KeyValue) {
                return a == b ? 0 : ObjectDataType.compareNotNull(serialised(a), serialised(b));
            }
            return super.compare(a, b);
        }

        byte[] serialised(Object key) {
            forgetCollected();
            byte[] bytes = serialised.get(new Identity(key, null));
            if (bytes == null) {
                bytes = ObjectDataType.serialize(key);
                if (serialised.size() >= MOST_REMEMBERED) {
                    serialised.clear();
                }
                serialised.put(new Identity(key, collected), bytes);
            }
            return bytes;
        }

        /** How many keys' bytes are remembered now: what a test reads to see them forgotten. */
        int remembered() {
            forgetCollected();
            return serialised.size();
        }

        private void forgetCollected() {
            for (var gone = collected.poll(); gone != null; gone = collected.poll()) {
                serialised.remove(gone);
            }
        }
    }

    /** A key object held weakly and compared by identity, as the map of remembered bytes is keyed. */
    private static final class Identity extends WeakReference<Object> {

        private final int hash;

        Identity(Object key, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            return other instanceof Identity identity && identity.hash == hash && get() != null
                    && identity.get() == get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
