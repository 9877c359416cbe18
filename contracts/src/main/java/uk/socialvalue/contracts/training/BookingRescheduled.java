package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.util.List;

/**
 * The session of a live booking moved or changed place: its attendees get the updated calendar entry and
 * everyone is told what changed.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when the session was changed
 * @param sessionId   the session
 * @param session     the session as it is now
 * @param previous    the session as it was
 * @param changes     what changed for the people on the booking (times, place, joining link)
 * @param booking     the booking
 * @param waitlisted  whether the booking is still waiting for places (its attendees hold none yet)
 */
public record BookingRescheduled(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        SessionDetails previous, List<SessionChange> changes, BookingSummary booking, boolean waitlisted)
        implements TrainingEvent {
}
