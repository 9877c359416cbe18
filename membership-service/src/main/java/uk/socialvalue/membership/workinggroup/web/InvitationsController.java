package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.MeetingInvitation;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.domain.NotFound;

/** Answering an invitation with its token, and an organisation's invitations for its own contacts. */
@RestController
@Validated
@Tag(name = "Invitations")
class InvitationsController {

    private final Inviting inviting;

    InvitationsController(Inviting inviting) {
        this.inviting = inviting;
    }

    record Response(@NotNull RsvpAnswer answer) {
    }

    record AnswerView(String invitationId, String meetingId, String meetingTitle, InvitationStatus status,
            Instant answeredAt) {

        static AnswerView of(MeetingInvitation answered) {
            return new AnswerView(answered.invitation().id(), answered.meeting().meetingId(),
                    answered.meeting().title(), answered.invitation().status(), answered.invitation().answeredAt());
        }
    }

    record OrganisationInvitationView(String id, String meetingId, String meetingTitle, String workingGroupId,
            String workingGroupName, Instant startsAt, Instant endsAt, String personId, String name, String email,
            InvitationStatus status, Instant invitedAt, Instant answeredAt, boolean answerable) {

        static OrganisationInvitationView of(MeetingInvitation found) {
            var meeting = found.meeting();
            var invitation = found.invitation();
            return new OrganisationInvitationView(invitation.id(), meeting.meetingId(), meeting.title(),
                    meeting.workingGroupId(), meeting.workingGroupName(), meeting.startsAt(), meeting.endsAt(),
                    invitation.invitee().personId(), invitation.invitee().name(), invitation.invitee().email(),
                    invitation.status(), invitation.invitedAt(), invitation.answeredAt(), found.answerable());
        }
    }

    record OrganisationInvitations(List<OrganisationInvitationView> items, int page, int size) {
    }

    /** An invitation as its invitee sees it through the token from their email: for the portal's RSVP page. */
    record TokenInvitationView(String invitationId, String name, InvitationStatus status, boolean answerable,
            boolean started, MeetingDetails meeting) {

        static TokenInvitationView of(MeetingInvitation found) {
            return new TokenInvitationView(found.invitation().id(), found.invitation().invitee().name(),
                    found.invitation().status(), found.answerable(), found.started(), found.meeting());
        }
    }

    @GetMapping("/api/invitations/{token}")
    @Operation(summary = "The invitation an emailed token stands for, with its meeting (no sign-in: the token is "
            + "the proof); reading it changes nothing", description = "404 for an unknown token. Never cached.")
    ResponseEntity<TokenInvitationView> byToken(@PathVariable String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TokenInvitationView.of(inviting.invitation(token)));
    }

    @PostMapping("/api/invitations/{token}/response")
    @Operation(summary = "Answer an invitation with the token from its email link (no sign-in: the token is "
            + "the proof)", description = "Answers can be changed until the meeting starts, then 409; a "
            + "withdrawn invitation is 409; an unknown token 404. Emits WorkingGroupInvitationAnswered.")
    AnswerView respond(@PathVariable String token, @Valid @RequestBody Response response) {
        return AnswerView.of(inviting.answer(token, response.answer()));
    }

    @GetMapping("/api/organisations/{id}/invitations")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The working-group invitations of an organisation's contacts, newest first, a page at a time "
            + "(`page` from 0, `size` 1 to 100, default 100), for SVUK staff or its own contacts (404 for anyone else)")
    OrganisationInvitations ofOrganisation(@PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int size, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(id)) {
            throw new NotFound("No organisation " + id); // not 403: others may not learn which ids exist
        }
        return new OrganisationInvitations(
                inviting.invitationsOf(id, page, size).stream().map(OrganisationInvitationView::of).toList(), page,
                size);
    }
}
