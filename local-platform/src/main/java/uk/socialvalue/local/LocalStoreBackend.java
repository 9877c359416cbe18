package uk.socialvalue.local;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 backend with the keys of its unique indexes compared without serialising them afresh.
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
 * It relies on two facts of mongo-java-server 1.47 that {@code LocalStoreBackendTests} checks: the name it gives an
 * index's map, and that it opens the map by name only, so a map opened here first is the one it uses.
 */
final class LocalStoreBackend extends H2Backend {

    LocalStoreBackend(MVStore store) {
        super(store);
    }

    /** The H2 map that holds the unique index {@code indexName} of the collection {@code collectionName}. */
    static String indexMapName(String databaseName, String collectionName, String indexName) {
        return databaseName + "." + collectionName + "._index_" + indexName;
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
