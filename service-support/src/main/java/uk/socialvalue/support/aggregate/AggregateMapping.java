package uk.socialvalue.support.aggregate;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * How one kind of aggregate maps to its MongoDB document, and what the {@link AggregateStore} must know of it:
 * its id, the version it was loaded at and the events it recorded since.
 *
 * @param <A> the aggregate
 */
public interface AggregateMapping<A> {

    /** What one is called in messages to people, e.g. {@code Organisation} or {@code Working group}. */
    String name();

    String id(A aggregate);

    /** The version the aggregate was loaded at; a new one's is 0. */
    long version(A aggregate);

    /** The events recorded since it was loaded, to be stored with its state; none for aggregates that publish none. */
    default List<? extends IntegrationEvent> events(A aggregate) {
        return List.of();
    }

    /**
     * Its state, with its id as {@code _id}, without version or outbox, which the store looks after. A
     * top-level field that is {@code null} is stored absent, so that a sparse index never sees it.
     */
    Document toDocument(A aggregate);

    /** The aggregate from a document read without its outbox, at the version stored with it. */
    A toAggregate(Document document, long version);

    /** An instant as MongoDB stores it; {@code null} stays {@code null}. */
    default Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** An instant read back; {@code null} stays {@code null}. */
    default Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
