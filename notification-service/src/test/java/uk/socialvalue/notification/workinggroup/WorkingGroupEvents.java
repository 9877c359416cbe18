package uk.socialvalue.notification.workinggroup;

import uk.socialvalue.support.test.TestLinkKeys;
import java.time.Instant;
import java.util.UUID;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationCancelled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;

/** Working-group events as membership-service publishes them: a meeting in Manchester, Ada invited. */
final class WorkingGroupEvents {

    /** 3 November 2026, 14:00 to 16:00 Greenwich Mean Time. */
    static final Instant STARTS_AT = Instant.parse("2026-11-03T14:00:00Z");

    private WorkingGroupEvents() {
    }

    static MeetingDetails meeting(String meetingId) {
        return new MeetingDetails(meetingId, "wg-1", "North West councils", "Social value in adult social care",
                "1. Welcome\n2. Case studies", STARTS_AT, STARTS_AT.plusSeconds(2 * 3600),
                "Manchester Central Library", null, 0);
    }

    static Invitee invitee(String email) {
        return new Invitee("p-1", "Ada Lovelace", email, "org-1", "Salford");
    }

    static WorkingGroupInvitationIssued issued(MeetingDetails meeting, Invitee invitee, String token) {
        return new WorkingGroupInvitationIssued(id(), Instant.now(), "i-1", meeting, invitee,
                TestLinkKeys.get().seal("https://members.svuk.example/rsvp/accept/" + token),
                TestLinkKeys.get().seal("https://members.svuk.example/rsvp/decline/" + token));
    }

    static WorkingGroupInvitationAnswered answered(MeetingDetails meeting, Invitee invitee, RsvpAnswer answer) {
        return new WorkingGroupInvitationAnswered(id(), Instant.now(), "i-1", meeting, invitee, answer);
    }

    static WorkingGroupInvitationWithdrawn withdrawn(MeetingDetails meeting, Invitee invitee, String reason) {
        return new WorkingGroupInvitationWithdrawn(id(), Instant.now(), "i-1", meeting, invitee, reason);
    }

    static WorkingGroupInvitationUpdated updated(MeetingDetails previous, MeetingDetails meeting, Invitee invitee,
            Instant at) {
        return new WorkingGroupInvitationUpdated(id(), at, "inv-1", meeting, previous, invitee, true);
    }

    static WorkingGroupInvitationCancelled cancelled(MeetingDetails meeting, Invitee invitee, String reason,
            Instant at) {
        return new WorkingGroupInvitationCancelled(id(), at, "inv-1", meeting, invitee, reason);
    }

    /** The meeting a day later, online only: one more change its invitees are told of. */
    static MeetingDetails movedOnline(MeetingDetails meeting) {
        return new MeetingDetails(meeting.meetingId(), meeting.workingGroupId(), meeting.workingGroupName(),
                meeting.title(), meeting.agenda(), meeting.startsAt().plus(java.time.Duration.ofDays(1)),
                meeting.endsAt().plus(java.time.Duration.ofDays(1)), null, "https://meet.example/moved",
                meeting.calendarSequence() + 1);
    }

    /** The meeting as its cancellation describes it: one more change its invitees are told of. */
    static MeetingDetails cancelledMeeting(MeetingDetails meeting) {
        return new MeetingDetails(meeting.meetingId(), meeting.workingGroupId(), meeting.workingGroupName(),
                meeting.title(), meeting.agenda(), meeting.startsAt(), meeting.endsAt(), meeting.venue(),
                meeting.onlineUrl(), meeting.calendarSequence() + 1);
    }

    static String meetingId() {
        return "m-" + UUID.randomUUID();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
