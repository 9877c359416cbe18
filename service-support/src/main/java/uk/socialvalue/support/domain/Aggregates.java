package uk.socialvalue.support.domain;

import java.util.Optional;

/**
 * The stored aggregates of one kind, as a use case sees them. A repository of a feature extends it with its
 * own queries.
 *
 * @param <A> the aggregate
 */
public interface Aggregates<A extends Aggregate> {

    /** Stores a new aggregate with the events it recorded, in one write. */
    void add(A aggregate);

    /** The aggregate as stored now. */
    Optional<A> byId(String id);

    /**
     * Stores the aggregate's changed state with the events it recorded, and its version incremented, in one
     * write, if nobody changed it since it was loaded.
     *
     * @throws ConcurrentUpdate when somebody did: load it again and decide again (see {@link Retry})
     */
    void save(A aggregate);
}
