package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.membership.workinggroup.MeetingPlan;
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

    /** A JSON merge patch of the meeting: what is left out stays; an empty venue or link removes it. */
    record MeetingPatch(
            @Size(max = 200) @Pattern(regexp = WorkingGroupsController.SINGLE_LINE,
                    message = "must be a single line of text") String title,
            @Size(max = 10000) String agenda, Instant startsAt, Instant endsAt, @Size(max = 500) String venue,
            @Size(max = 2000) String onlineUrl) {
    }

    record Cancellation(@Size(max = 2000) String reason) {
    }

    @PatchMapping("/api/meetings/{id}")
    @Operation(summary = "Change a meeting that has not started (admin)", description = "Title, agenda, times, venue "
            + "or online link; moving the start alone keeps the length. Everyone invited who has not declined gets "
            + "the updated calendar entry (same UID, higher SEQUENCE) and what changed, through one "
            + "WorkingGroupInvitationUpdated each. 409 once it has started or when it is cancelled.")
    MeetingView reschedule(@PathVariable String id, @Valid @RequestBody MeetingPatch patch) {
        Meeting meeting = inviting.reschedule(id, new MeetingPlan(patch.title(), patch.agenda(), patch.startsAt(),
                patch.endsAt(), patch.venue(), patch.onlineUrl()));
        return MeetingView.of(meeting, inviting.counts(id));
    }

    @PostMapping("/api/meetings/{id}/cancellation")
    @Operation(summary = "Cancel a meeting that has not started (admin)", description = "Everyone invited (bar "
            + "withdrawn invitations, already cancelled) gets a calendar CANCEL and the reason, through one "
            + "WorkingGroupInvitationCancelled each. 409 once it has started or when it is cancelled already.")
    MeetingView cancel(@PathVariable String id, @Valid @RequestBody(required = false) Cancellation cancellation) {
        String reason = cancellation == null || cancellation.reason() == null || cancellation.reason().isBlank()
                ? null : cancellation.reason().strip();
        return MeetingView.of(inviting.cancel(id, reason), inviting.counts(id));
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
