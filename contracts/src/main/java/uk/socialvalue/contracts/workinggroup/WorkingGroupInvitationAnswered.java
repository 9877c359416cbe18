package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/** A contact answered, or changed their answer to, a working-group invitation. */
public record WorkingGroupInvitationAnswered(String eventId, Instant occurredAt, String invitationId,
        MeetingDetails meeting, Invitee invitee, RsvpAnswer answer) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
