package uk.socialvalue.membership.engagement.persistence;

import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.ConcurrentUpdate;

/**
 * A store of the engagement read model's documents: the shared core's, except that a new document someone
 * else stored first is a lost race like a changed version, a {@link ConcurrentUpdate}. Its writers are the
 * listener's threads and instances counting other partitions' records into the same document, and the
 * projection works a lost race out again on what the winner stored.
 */
abstract class EngagementStore<A extends Aggregate> extends AggregateStore<A> {

    private final String name;

    EngagementStore(AggregateStores stores, String collection, String name, AggregateMapping<A> mapping) {
        super(stores, collection, name, mapping);
        this.name = name;
    }

    /** @throws ConcurrentUpdate when another writer stored one with its id first */
    @Override
    public void add(A aggregate) {
        try {
            super.add(aggregate);
        } catch (DuplicateKey e) {
            throw new ConcurrentUpdate(name, aggregate.id());
        }
    }
}
