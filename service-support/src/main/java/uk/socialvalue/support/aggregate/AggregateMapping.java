package uk.socialvalue.support.aggregate;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.support.domain.Aggregate;

/**
 * How one kind of aggregate maps to its MongoDB document and back.
 *
 * @param <A> the aggregate
 */
public interface AggregateMapping<A extends Aggregate> {

    /**
     * Its state, with its id as {@code _id}, without version or outbox, which the store looks after. A
     * top-level field that is {@code null} is stored absent, so that a sparse index never sees it.
     */
    Document toDocument(A aggregate);

    /** The aggregate from a document read without its outbox, at the version stored with it. */
    A toAggregate(Document document, long version);

    /**
     * Its whole state as an event for a compacted topic (its latest state per key, for ever), or empty for a
     * kind of aggregate that publishes none. The store adds it to the outbox of every write that records events,
     * after them, with the version the write stores.
     *
     * @param version  the version the aggregate has once the write is stored
     * @param at       when the last of the write's events happened
     */
    default Optional<? extends IntegrationEvent> state(A aggregate, long version, Instant at) {
        return Optional.empty();
    }

    /**
     * Where a store that keeps the named {@link Listing} lists the aggregate in its current state, or empty when
     * that list does not show it (for example a cancelled session); a store without listings never asks.
     */
    default Optional<Listing.Place> listed(A aggregate, String listing) {
        return Optional.empty();
    }

    /** An instant as MongoDB stores it; {@code null} stays {@code null}. */
    default Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** An instant read back; {@code null} stays {@code null}. */
    default Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
