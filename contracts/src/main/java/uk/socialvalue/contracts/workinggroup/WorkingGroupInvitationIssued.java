package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A contact was invited to a working-group meeting. The links carry the invitation's unguessable token as
 * their last path segment; opening one shows the meeting and changes nothing, and only the button on that
 * page records the answer.
 */
public record WorkingGroupInvitationIssued(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, Invitee invitee, String acceptUrl, String declineUrl) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
