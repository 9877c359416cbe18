package uk.socialvalue.contracts.training;

import java.util.List;

import uk.socialvalue.contracts.EventType;

/** The event types training-service publishes. */
public final class TrainingEventTypes {

    /** Every training event type, with its topic and current version. */
    public static final List<EventType> ALL = List.of();

    private TrainingEventTypes() {
    }
}
