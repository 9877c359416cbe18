package uk.socialvalue.support.aggregate;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;

import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.support.outbox.OutboxCollection;

/** Makes the {@link AggregateStore} of each kind of aggregate, in the service's database, with its outbox. */
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
     * The store of the aggregates in the named collection. An aggregate that records events needs its
     * collection declared as an {@link uk.socialvalue.support.outbox.OutboxCollection} too, for the relay.
     */
    public <A> AggregateStore<A> of(String collection, AggregateMapping<A> mapping) {
        return new AggregateStore<>(database.getCollection(collection), mapping, outbox, relayed.contains(collection));
    }
}
