package uk.socialvalue.support.outbox;

import java.util.List;

/**
 * Declares a MongoDB collection whose documents carry an {@link Outbox}, and the topics their events go to.
 * The relay watches every one declared as a bean, and the topics are created at start-up.
 *
 * @param name    the collection
 * @param topics  the topics of the events its documents record
 */
public record OutboxCollection(String name, List<String> topics) {

    public OutboxCollection {
        topics = List.copyOf(topics);
    }

    public OutboxCollection(String name, String... topics) {
        this(name, List.of(topics));
    }
}
