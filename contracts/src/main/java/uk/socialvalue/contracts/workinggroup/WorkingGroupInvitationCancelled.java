package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * The meeting of an invitation was cancelled: the invitee's calendar entry is cancelled and they are told why.
 *
 * @param eventId       set once by membership-service
 * @param occurredAt    when the meeting was cancelled
 * @param invitationId  the invitation
 * @param meeting       the meeting
 * @param invitee       whom it was for
 * @param reason        why, or {@code null}
 */
public record WorkingGroupInvitationCancelled(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, Invitee invitee, String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
