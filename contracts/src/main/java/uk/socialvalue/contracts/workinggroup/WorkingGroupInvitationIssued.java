package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A contact was invited to a working-group meeting. The links carry the invitation's unguessable token as
 * their last path segment; opening one shows the meeting and changes nothing, and only the button on that
 * page records the answer. They travel sealed for notification-service alone (a JWE to its public key, as
 * {@link uk.socialvalue.contracts.membership.PasswordSetupRequested}'s link does). Version 2: version 1
 * carried them in plain text.
 */
public record WorkingGroupInvitationIssued(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, Invitee invitee, String sealedAcceptUrl,
        String sealedDeclineUrl) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
