package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A booking was cancelled and its places, if it held any, freed.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when it was cancelled
 * @param sessionId       the session
 * @param session         what the session is
 * @param booking         the booking
 * @param wasWaitlisted   whether it was still on the waiting list (it held no places)
 * @param cause           who or what cancelled it
 * @param reason          why, if a reason was given; else {@code null}
 */
public record BookingCancelled(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, boolean wasWaitlisted, Cause cause, String reason) implements TrainingEvent {

    /** Who or what cancelled a booking. */
    public enum Cause {
        /** A contact of the booking organisation, before the cut-off. */
        ORGANISATION,
        /** SVUK staff. */
        ADMIN,
        /** SVUK cancelled the whole session. */
        SESSION_CANCELLED
    }
}
