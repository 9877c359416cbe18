package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A booking got its places straight away: the contact is told, with the price to expect on the invoice.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when it was booked
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking
 */
public record BookingConfirmed(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking) implements TrainingEvent {
}
