package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * Places freed up and a waiting booking got them: it is now confirmed, at the price it was made at.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when it was promoted
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking, now confirmed
 */
public record BookingPromoted(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking) implements TrainingEvent {
}
