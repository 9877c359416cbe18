package uk.socialvalue.notification.workinggroup;

import uk.socialvalue.support.test.TestLinkKeys;
import java.time.Instant;
import java.util.UUID;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
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
                "Manchester Central Library", null);
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

    static String meetingId() {
        return "m-" + UUID.randomUUID();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
