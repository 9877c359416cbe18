package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.membership.workinggroup.Scheduling;

/** Meetings and their invitations, for SVUK staff (admin only, by the security rules). */
@RestController
@Tag(name = "Working groups")
@SecurityRequirement(name = "bearer")
class MeetingsController {

    private final Scheduling scheduling;
    private final Inviting inviting;

    MeetingsController(Scheduling scheduling, Inviting inviting) {
        this.scheduling = scheduling;
        this.inviting = inviting;
    }

    /** @param invited  how many contacts were invited by this request; 0 when everyone eligible already was */
    record Issued(int invited) {
    }

    record InvitationView(String id, String personId, String email, String name, String organisationId,
            String organisationName, InvitationStatus status, Instant invitedAt, Instant answeredAt,
            Instant withdrawnAt) {

        static InvitationView of(Invitation invitation) {
            var invitee = invitation.invitee();
            return new InvitationView(invitation.id(), invitee.personId(), invitee.email(), invitee.name(),
                    invitee.organisationId(), invitee.organisationName(), invitation.status(),
                    invitation.invitedAt(), invitation.answeredAt(), invitation.withdrawnAt());
        }
    }

    record InvitationList(List<InvitationView> items, Map<InvitationStatus, Long> counts) {
    }

    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "One meeting, with its invitation counts (admin)")
    MeetingView meeting(@PathVariable String id) {
        return MeetingView.of(scheduling.meeting(id));
    }

    @PostMapping("/api/meetings/{id}/invitations")
    @Operation(summary = "Invite every eligible contact not invited yet (admin)", description = "Eligible: contacts "
            + "who have not opted out, of current members (ACTIVE or GRACE) in the group's region or sector or "
            + "added by hand, and not left out. Emits one WorkingGroupInvitationIssued per invitation. Issuing "
            + "again invites only newcomers. 409 once the meeting has started.")
    Issued issue(@PathVariable String id) {
        return new Issued(inviting.issue(id));
    }

    @GetMapping("/api/meetings/{id}/invitations")
    @Operation(summary = "The meeting's invitations and how many are in each status (admin)")
    InvitationList invitations(@PathVariable String id) {
        Meeting meeting = scheduling.meeting(id);
        return new InvitationList(meeting.invitations().stream().map(InvitationView::of).toList(), meeting.counts());
    }
}
