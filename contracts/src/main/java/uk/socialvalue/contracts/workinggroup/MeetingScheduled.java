package uk.socialvalue.contracts.workinggroup;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/** SVUK scheduled a working-group meeting; invitations follow separately. */
public record MeetingScheduled(String eventId, Instant occurredAt, MeetingDetails meeting, WorkingGroupKind kind,
        String region, String sector) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return meeting.meetingId();
    }
}
