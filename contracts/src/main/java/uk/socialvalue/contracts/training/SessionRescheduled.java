package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.util.List;

/**
 * An admin changed a scheduled session's times, place, joining link, capacity or cut-off. It names no one:
 * each live booking the change concerns gets its own {@link BookingRescheduled}.
 *
 * @param eventId           set once by training-service
 * @param occurredAt        when it was changed
 * @param sessionId         the session
 * @param session           the session as it is now
 * @param previous          the session as it was before the change
 * @param changes           what changed, never empty
 * @param capacity          its seats now
 * @param previousCapacity  its seats before
 * @param bookingCutOff     when bookings close now
 */
public record SessionRescheduled(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        SessionDetails previous, List<SessionChange> changes, int capacity, int previousCapacity,
        Instant bookingCutOff) implements TrainingEvent {
}
