package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * An invitation no longer stands, because the organisation stopped being a member, the contact left it or
 * opted out; the invitee's calendar entry should be cancelled.
 */
public record WorkingGroupInvitationWithdrawn(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, Invitee invitee, String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
