package uk.socialvalue.contracts;

import java.util.Objects;

/**
 * The logical, versioned name of an event type as it travels on the wire, for example
 * {@code membership.MembershipActivated.v1}, with the topic it is published to.
 * <p>
 * Consumers map the type id to their own representation; they never depend on the producer's class names.
 *
 * @param name      the logical name, {@code <context>.<EventName>}
 * @param version   the schema version; a breaking change to the payload gets a new version
 * @param topic     the Kafka topic events of this type are published to
 * @param javaType  the record that carries the payload in this repository
 */
public record EventType(String name, int version, String topic, Class<? extends IntegrationEvent> javaType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(javaType, "javaType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** The CloudEvents {@code type} attribute: the name with its version, {@code membership.MembershipActivated.v1}. */
    public String typeId() {
        return name + ".v" + version;
    }
}
