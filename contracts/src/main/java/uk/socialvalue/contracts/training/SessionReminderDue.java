package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A confirmed booking's session starts in {@code daysBefore} days or less: remind its attendees. Published
 * once per booking.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when the reminder fell due
 * @param sessionId   the session
 * @param session     what the session is, with the venue or link
 * @param booking     the booking whose attendees to remind
 * @param daysBefore  the reminder setting that made it due
 */
public record SessionReminderDue(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, int daysBefore) implements TrainingEvent {
}
