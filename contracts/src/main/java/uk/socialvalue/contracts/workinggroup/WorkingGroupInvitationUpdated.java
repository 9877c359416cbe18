package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * The meeting of an invitation still standing (pending or accepted) changed: the invitee gets the updated
 * calendar entry and is told what changed.
 *
 * @param eventId       set once by membership-service
 * @param occurredAt    when the meeting was changed
 * @param invitationId  the invitation
 * @param meeting       the meeting as it is now
 * @param previous      the meeting as it was
 * @param invitee       whom it is for
 * @param accepted      whether the invitee has accepted (else they have not answered yet)
 */
public record WorkingGroupInvitationUpdated(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, MeetingDetails previous, Invitee invitee, boolean accepted)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
