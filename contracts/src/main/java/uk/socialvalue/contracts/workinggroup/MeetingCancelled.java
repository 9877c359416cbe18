package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * An admin cancelled a meeting. It names no one: each invitation gets a {@link WorkingGroupInvitationCancelled}.
 *
 * @param eventId     set once by membership-service
 * @param occurredAt  when it was cancelled
 * @param meeting     the meeting
 * @param reason      why, or {@code null}
 */
public record MeetingCancelled(String eventId, Instant occurredAt, MeetingDetails meeting, String reason)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
