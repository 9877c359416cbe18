package uk.socialvalue.support.aggregate;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.support.outbox.OutboxCollection;

/**
 * What every {@link AggregateStore} of the service shares: the database, the outbox, and which collections
 * the relay watches.
 */
public final class AggregateStores {

    private final MongoDatabase database;
    private final Outbox outbox;
    private final Set<String> relayed;

    /** @param relayed  the collections whose outboxes the relay watches */
    public AggregateStores(MongoDatabase database, Outbox outbox, Collection<OutboxCollection> relayed) {
        this.database = database;
        this.outbox = outbox;
        this.relayed = relayed.stream().map(OutboxCollection::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A store of the aggregates in the named collection, for a repository that holds one rather than being
     * one. An aggregate that records events needs its collection declared as an {@link OutboxCollection}.
     */
    public <A extends Aggregate> AggregateStore<A> of(String collection, String name, AggregateMapping<A> mapping) {
        return new AggregateStore<>(this, collection, name, mapping);
    }

    MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    Outbox outbox() {
        return outbox;
    }

    boolean isRelayed(String collection) {
        return relayed.contains(collection);
    }
}
