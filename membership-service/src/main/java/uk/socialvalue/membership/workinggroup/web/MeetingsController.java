package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.Scheduling;

/** Meetings and their invitations, for SVUK staff (admin only, by the security rules). */
@RestController
@Validated
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

    /** One page of the invitations, and how many are in each status in all (their sum is the total). */
    record InvitationList(List<InvitationView> items, int page, int size, Map<InvitationStatus, Long> counts) {
    }

    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "One meeting, with its invitation counts (admin)")
    MeetingView meeting(@PathVariable String id) {
        return MeetingView.of(scheduling.meeting(id), inviting.counts(id));
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
    @Operation(summary = "The meeting's invitations in the order they were issued, a page at a time (`page` from 0, "
            + "`size` 1 to 500, default 100), and how many are in each status in all (admin)")
    InvitationList invitations(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return new InvitationList(inviting.invitationsTo(id, page, size).stream().map(InvitationView::of).toList(),
                page, size, inviting.counts(id));
    }
}
