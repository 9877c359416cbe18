package uk.socialvalue.contracts;

import java.time.Instant;

/**
 * A business fact that one service publishes for others to build on.
 * <p>
 * Implementations are immutable records with past-tense names. The producer sets {@link #eventId()} once,
 * when the fact happens, so that a redelivered or republished event can be recognised by its consumers.
 * Records are keyed on Kafka by {@link #aggregateId()}, which keeps the events of one organisation, person
 * or session in order.
 */
public interface IntegrationEvent {

    /** A unique id, set once by the producer; consumers de-duplicate by it. */
    String eventId();

    /** When the fact happened, according to the producer's clock. */
    Instant occurredAt();

    /** The id of the aggregate the event is about, used as the Kafka record key. */
    String aggregateId();
}
