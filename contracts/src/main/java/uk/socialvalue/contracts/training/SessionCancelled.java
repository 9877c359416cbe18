package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * SVUK cancelled a session. Each live booking on it was cancelled with it, and gets its own
 * {@link BookingCancelled} (cause {@link BookingCancelled.Cause#SESSION_CANCELLED}) to tell its organisation.
 *
 * @param eventId            set once by training-service
 * @param occurredAt         when it was cancelled
 * @param sessionId          the session
 * @param session            what the session was
 * @param reason             why, in SVUK's words
 * @param bookingsCancelled  how many live bookings were cancelled with it
 */
public record SessionCancelled(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        String reason, int bookingsCancelled) implements TrainingEvent {
}
