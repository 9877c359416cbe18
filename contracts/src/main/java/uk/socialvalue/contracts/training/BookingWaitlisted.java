package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A booking did not fit in the seats left and waits, whole, for places to free up.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when it was made
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking
 * @param position    its place in the waiting list, from 1
 */
public record BookingWaitlisted(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, int position) implements TrainingEvent {
}
