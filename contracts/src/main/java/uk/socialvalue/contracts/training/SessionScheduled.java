package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * SVUK scheduled a session of a course; it is open for booking until {@code bookingCutOff}.
 *
 * @param eventId        set once by training-service
 * @param occurredAt     when it was scheduled
 * @param sessionId      the session (the aggregate, and the record key)
 * @param session        what the session is
 * @param capacity       the number of seats
 * @param prices         the prices per seat
 * @param bookingCutOff  after this, bookings close and organisations can no longer cancel
 */
public record SessionScheduled(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        int capacity, SessionPrices prices, Instant bookingCutOff) implements TrainingEvent {
}
