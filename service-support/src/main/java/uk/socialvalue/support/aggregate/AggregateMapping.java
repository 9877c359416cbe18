package uk.socialvalue.support.aggregate;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

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

    /** An instant as MongoDB stores it; {@code null} stays {@code null}. */
    default Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    /** An instant read back; {@code null} stays {@code null}. */
    default Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
