package uk.socialvalue.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.socialvalue.contracts.membership.MembershipEventTypes;
import uk.socialvalue.contracts.training.TrainingEventTypes;

/** The registry of every integration event type: logical name, version, topic and payload record. */
public final class EventTypes {

    private static final List<EventType> ALL = Stream.of(MembershipEventTypes.ALL, TrainingEventTypes.ALL)
            .flatMap(List::stream).toList();

    private static final Map<Class<?>, EventType> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    /** The current types, and older versions still read (into the current record) from topics that keep them. */
    private static final Map<String, EventType> BY_TYPE_ID = Stream.concat(ALL.stream(),
                    MembershipEventTypes.STILL_READ.stream())
            .collect(Collectors.toUnmodifiableMap(EventType::typeId, Function.identity()));

    private EventTypes() {
    }

    /** Every registered event type. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The type of the given event record; fails for a class that is not registered. */
    public static EventType of(Class<? extends IntegrationEvent> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("Not a registered integration event: " + javaType.getName());
        }
        return type;
    }

    /**
     * The type registered under a wire type id such as {@code membership.MembershipActivated.v1}; for an older
     * version still read, a type whose record is the current one (fields that version lacks are {@code null}).
     */
    public static Optional<EventType> byTypeId(String typeId) {
        return Optional.ofNullable(BY_TYPE_ID.get(typeId));
    }
}
