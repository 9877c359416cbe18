package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.util.Map;

import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Meeting;

/** A meeting as SVUK staff see it, with how its invitations stand. */
record MeetingView(String id, String workingGroupId, String workingGroupName, String title, String agenda,
        Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
        Instant invitationsIssuedAt, Map<InvitationStatus, Long> invitationCounts) {

    static MeetingView of(Meeting meeting, Map<InvitationStatus, Long> invitationCounts) {
        return new MeetingView(meeting.id(), meeting.workingGroupId(), meeting.workingGroupName(), meeting.title(),
                meeting.agenda(), meeting.startsAt(), meeting.endsAt(), meeting.venue(), meeting.onlineUrl(),
                meeting.scheduledAt(), meeting.invitationsIssuedAt(), invitationCounts);
    }
}
