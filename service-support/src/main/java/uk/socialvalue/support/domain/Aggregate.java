package uk.socialvalue.support.domain;

import java.util.List;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * What the store must know of an aggregate to save it: its id, the version it was loaded at, and the events
 * it recorded since, which are stored with its state in the same write.
 */
public interface Aggregate {

    String id();

    /** The version it was loaded at, for optimistic concurrency; a new aggregate's is 0. */
    default long version() {
        return 0;
    }

    /** The events recorded since it was loaded, to be stored with its state; none for one that publishes none. */
    default List<? extends IntegrationEvent> events() {
        return List.of();
    }
}
