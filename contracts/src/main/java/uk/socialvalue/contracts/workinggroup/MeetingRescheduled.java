package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * An admin changed a meeting's title, agenda, times or place. It names no one: each invitation still standing
 * gets a {@link WorkingGroupInvitationUpdated}.
 *
 * @param eventId     set once by membership-service
 * @param occurredAt  when it was changed
 * @param meeting     the meeting as it is now
 * @param previous    the meeting as it was
 */
public record MeetingRescheduled(String eventId, Instant occurredAt, MeetingDetails meeting, MeetingDetails previous)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
