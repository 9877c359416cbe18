package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.util.List;

/**
 * A booking's attendees were swapped before the cut-off: the seats, the price and the other attendees stay.
 * Those who left lose their place (and calendar entry), those who joined get one.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when they were swapped
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking as it is now, with the new attendees
 * @param left        who gave up their place
 * @param joined      who took a place
 * @param waitlisted  whether the booking is still waiting for places (nobody holds one yet)
 */
public record AttendeesSubstituted(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, List<Attendee> left, List<Attendee> joined, boolean waitlisted)
        implements TrainingEvent {
}
