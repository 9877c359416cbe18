package uk.socialvalue.contracts.training;

import uk.socialvalue.contracts.IntegrationEvent;

/** An event about one training session or a booking on it; the aggregate is the session. */
public interface TrainingEvent extends IntegrationEvent {

    String sessionId();

    /** What the session is: course, times, format, venue or link. */
    SessionDetails session();

    @Override
    default String aggregateId() {
        return sessionId();
    }
}
