package uk.socialvalue.support.outbox;

/**
 * Declares a MongoDB collection whose documents carry an {@link Outbox}; the relay watches every one
 * declared as a bean.
 */
public record OutboxCollection(String name) {
}
