package uk.socialvalue.membership.throttling;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Bucket4j's buckets kept in a MongoDB collection, one document per key holding the bucket's serialised state:
 * Bucket4j reads the state, works out the consumption, and writes the new state back only if the stored one is
 * still what it read (a compare-and-swap on the {@code _id} and the state), retrying otherwise. So several
 * instances share one limit. Bucket4j ships no MongoDB back-end for the synchronous driver; this is its
 * documented extension point. Each document carries {@code expiresAt}, after which {@link #removeExpired} may
 * delete it (no store we run on is required to have TTL indexes).
 */
class MongoBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final String STATE = "state";
    private static final String EXPIRES_AT = "expiresAt";

    private final MongoCollection<Document> collection;
    private final Clock clock;
    private final Duration keep;

    MongoBuckets(MongoCollection<Document> collection, ClientSideConfig config, Clock clock, Duration keep) {
        super(config);
        this.collection = collection;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                Document document = collection.find(Filters.eq("_id", key)).projection(Projections.include(STATE))
                        .first();
                return Optional.ofNullable(document).map(d -> d.get(STATE, Binary.class).getData());
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                Date expiresAt = Date.from(clock.instant().plus(keep));
                if (originalData == null) {
                    try {
                        collection.insertOne(new Document("_id", key).append(STATE, new Binary(newData))
                                .append(EXPIRES_AT, expiresAt));
                        return true;
                    } catch (MongoWriteException e) {
                        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                            return false;
                        }
                        throw e;
                    }
                }
                return collection.updateOne(
                        Filters.and(Filters.eq("_id", key), Filters.eq(STATE, new Binary(originalData))),
                        Updates.combine(Updates.set(STATE, new Binary(newData)), Updates.set(EXPIRES_AT, expiresAt)))
                        .getMatchedCount() > 0;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("Only the synchronous MongoDB driver is used");
    }

    @Override
    public void removeProxy(String key) {
        collection.deleteOne(Filters.eq("_id", key));
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("Only the synchronous MongoDB driver is used");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    /** Deletes the buckets nobody has touched for longer than any limit's period: they are full again. */
    long removeExpired() {
        return collection.deleteMany(Filters.lt(EXPIRES_AT, Date.from(clock.instant()))).getDeletedCount();
    }
}
