package uk.socialvalue.membership.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;

/**
 * The invitation use cases: issuing them, answering them from the email's link, and keeping them in step
 * as organisations join and leave and contacts come and go.
 * <p>
 * Each invitation is an aggregate of its own: issuing one is an insert that the unique key (meeting, person)
 * makes idempotent, and answering or withdrawing one loads, changes and saves that one document with its event,
 * worked out again on the fresh state when someone else changed it meanwhile. So a meeting of five thousand
 * invitees costs each answer the same as a meeting of five. The reactions to membership changes work out what
 * should be true now rather than replaying what happened, so they can be delivered twice, or late, and leave
 * the same state.
 */
public class Inviting {

    private final WorkingGroups groups;
    private final Meetings meetings;
    private final MeetingInvitations invitations;
    private final OrganisationDirectory organisations;
    private final RsvpLinks links;
    private final Retry retry;
    private final Clock clock;

    public Inviting(WorkingGroups groups, Meetings meetings, MeetingInvitations invitations,
            OrganisationDirectory organisations, RsvpLinks links, Retry retry, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.invitations = invitations;
        this.organisations = organisations;
        this.links = links;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Invites every eligible contact not invited yet to the meeting, whatever became of their earlier
     * invitation: issuing again reaches only newcomers.
     *
     * @return how many were newly invited
     * @throws NotFound when there is no such meeting
     * @throws InvitationRuleViolation when the meeting has started
     */
    public int issue(String meetingId) {
        Meeting issued = retry.onConflict(() -> {
            Meeting meeting = meeting(meetingId);
            if (meeting.issueInvitations(clock.instant())) {
                meetings.save(meeting); // it records that invitations went out, so late joiners are invited too
            }
            return meeting;
        });
        WorkingGroup group = groups.byId(issued.workingGroupId())
                .orElseThrow(() -> new NotFound("No working group " + issued.workingGroupId()));
        return invite(issued, group.inviteesAmong(organisations.currentMembers()));
    }

    /** Invites those not invited yet, one insert each; an insert that finds the person invited is a no-op. */
    private int invite(Meeting meeting, List<Invitee> invitees) {
        Set<String> invited = new HashSet<>(invitations.inviteesOf(meeting.id()));
        int added = 0;
        for (Invitee invitee : invitees) {
            if (invited.add(invitee.personId())
                    && invitations.addIfNew(Invitation.issue(meeting, invitee, links, clock.instant()))) {
                added++;
            }
        }
        return added;
    }

    /**
     * The invitation a link's token stands for, with its meeting. Reading changes nothing: mail filters open
     * every link in an email.
     *
     * @throws NotFound when no invitation has that token
     */
    public MeetingInvitation invitation(String token) {
        Invitation invitation = invitations.withTokenHash(InvitationToken.hashOf(token))
                .orElseThrow(Meeting::noInvitation);
        Meeting meeting = meeting(invitation.meetingId());
        return new MeetingInvitation(meeting.details(), invitation, meeting.hasStarted(clock.instant()));
    }

    /**
     * Records the answer to the invitation a link's token stands for.
     *
     * @throws NotFound when no invitation has that token
     * @throws InvitationRuleViolation when it was withdrawn or the meeting has started
     */
    public MeetingInvitation answer(String token, RsvpAnswer answer) {
        String hash = InvitationToken.hashOf(token);
        return retry.onConflict(() -> {
            Invitation invitation = invitations.withTokenHash(hash).orElseThrow(Meeting::noInvitation);
            Meeting meeting = meeting(invitation.meetingId());
            Instant now = clock.instant();
            invitation.answer(meeting, answer, now);
            if (!invitation.events().isEmpty()) {
                invitations.save(invitation);
            }
            return new MeetingInvitation(meeting.details(), invitation, meeting.hasStarted(now));
        });
    }

    /**
     * Changes a meeting that has not started, then sends each invitation still standing (pending or accepted)
     * the changed meeting, each in its own write with its event, a page at a time. Durably: the meeting's
     * {@code MeetingRescheduled} is stored with the change, and read back from the topic it has
     * {@link #tellInvitationsOfChange} tell every invitation the loop here did not reach.
     *
     * @throws InvitationRuleViolation when it is cancelled or has started
     * @throws uk.socialvalue.support.domain.InvalidField when the changed plan is not a valid one
     */
    public Meeting reschedule(String meetingId, MeetingPlan changes) {
        record Rescheduled(Meeting meeting, Optional<MeetingDetails> previous) {
        }
        Rescheduled done = retry.onConflict(() -> {
            Meeting meeting = meeting(meetingId);
            Optional<MeetingDetails> previous = meeting.reschedule(changes, clock.instant());
            if (previous.isPresent()) {
                meetings.save(meeting);
            }
            return new Rescheduled(meeting, previous);
        });
        done.previous().ifPresent(previous -> eachInvitation(done.meeting(),
                invitation -> invitation.meetingRescheduled(done.meeting(), previous, clock.instant())));
        return done.meeting();
    }

    /**
     * Tells each invitation still standing, not told yet, of a change of the meeting from {@code previous}; what
     * the meeting's {@code MeetingRescheduled} asks when it is read back from the topic. Safe to run again.
     */
    public void tellInvitationsOfChange(String meetingId, MeetingDetails previous) {
        meetings.byId(meetingId).filter(meeting -> !meeting.isCancelled()) // if cancelled, they hear that instead
                .ifPresent(meeting -> eachInvitation(meeting,
                        invitation -> invitation.meetingRescheduled(meeting, previous, clock.instant())));
    }

    /**
     * Tells everyone invited, not told yet, that the meeting is cancelled; what the meeting's
     * {@code MeetingCancelled} asks when it is read back from the topic. Safe to run again.
     */
    public void tellInvitationsOfCancellation(String meetingId) {
        meetings.byId(meetingId).ifPresent(meeting -> eachInvitation(meeting,
                invitation -> invitation.meetingCancelled(meeting, clock.instant())));
    }

    /**
     * Cancels a meeting that has not started, then tells everyone invited (bar those whose invitation was
     * withdrawn, who were told then), each in its own write with its event; durably, as {@link #reschedule}.
     *
     * @throws InvitationRuleViolation when it is cancelled already or has started
     */
    public Meeting cancel(String meetingId, String reason) {
        Meeting cancelled = retry.onConflict(() -> {
            Meeting meeting = meeting(meetingId);
            meeting.cancel(reason, clock.instant());
            meetings.save(meeting);
            return meeting;
        });
        eachInvitation(cancelled, invitation -> invitation.meetingCancelled(cancelled, clock.instant()));
        return cancelled;
    }

    /**
     * Applies the change to each of the meeting's invitations not told of the meeting as it is now, saving those
     * it changed.
     */
    private void eachInvitation(Meeting meeting, java.util.function.Predicate<Invitation> change) {
        final int size = 500;
        for (int page = 0; ; page++) {
            List<Invitation> found = invitations.ofMeeting(meeting.id(), page, size);
            for (Invitation invitation : found) {
                if (!invitation.isBehind(meeting)) {
                    continue; // told already, as the page read shows: no need to read it again
                }
                retry.onConflict(() -> {
                    Optional<Invitation> current = invitations.byId(invitation.id());
                    if (current.isPresent() && change.test(current.get())) {
                        invitations.save(current.get());
                    }
                    return current;
                });
            }
            if (found.size() < size) {
                return;
            }
        }
    }

    /** The meeting's invitations in the order they were issued, one page of them. */
    public List<Invitation> invitationsTo(String meetingId, int page, int size) {
        return invitations.ofMeeting(meeting(meetingId).id(), page, size);
    }

    /** How many of the meeting's invitations are in each status, every status included. */
    public Map<InvitationStatus, Long> counts(String meetingId) {
        return invitations.counts(meetingId);
    }

    /**
     * The invitations to contacts of the organisation, newest first, one page of them.
     *
     * @throws NotFound when there is no such organisation
     */
    public List<MeetingInvitation> invitationsOf(String organisationId, int page, int size) {
        if (!organisations.exists(organisationId)) {
            throw new NotFound("No organisation " + organisationId);
        }
        Instant now = clock.instant();
        Map<String, Optional<Meeting>> meetingsById = new HashMap<>();
        return invitations.ofOrganisation(organisationId, page, size).stream()
                .flatMap(invitation -> meetingsById.computeIfAbsent(invitation.meetingId(), meetings::byId).stream()
                        .map(meeting -> new MeetingInvitation(meeting.details(), invitation, meeting.hasStarted(now))))
                .toList();
    }

    /**
     * Invites the organisation's contacts to the upcoming meetings, already sent out, of every group it is
     * eligible for: for an organisation that just became a member, or that has a new contact. Does nothing
     * for an organisation that is not a member (any more) by the time this runs.
     *
     * @return how many invitations were issued
     */
    public int inviteLateJoiners(String organisationId) {
        Optional<ListedOrganisation> found = organisations.find(organisationId);
        if (found.isEmpty()) {
            return 0;
        }
        ListedOrganisation organisation = found.get();
        Map<String, Optional<WorkingGroup>> groupsById = new HashMap<>();
        int invited = 0;
        for (Meeting upcoming : meetings.upcomingWithInvitationsIssued(clock.instant())) {
            Optional<WorkingGroup> group = groupsById.computeIfAbsent(upcoming.workingGroupId(), groups::byId);
            if (group.isPresent() && group.get().admits(organisation) && upcoming.invitesLateJoiners(clock.instant())) {
                invited += invite(upcoming, group.get().inviteesAmong(List.of(organisation)));
            }
        }
        return invited;
    }

    /**
     * Withdraws the open invitations of an organisation's contacts to upcoming meetings, when it stops being
     * a member.
     *
     * @return how many were withdrawn
     */
    public int withdrawOrganisation(String organisationId, String reason) {
        return withdraw(invitations.ofOrganisation(organisationId), reason);
    }

    /**
     * Withdraws a person's open invitations to upcoming meetings, when they stop being a contact.
     *
     * @return how many were withdrawn
     */
    public int withdrawPerson(String personId, String reason) {
        return withdraw(invitations.ofPerson(personId), reason);
    }

    private int withdraw(List<Invitation> found, String reason) {
        int withdrawn = 0;
        for (Invitation open : found.stream().filter(Invitation::isOpen).toList()) {
            boolean changed = retry.onConflict(() -> {
                Optional<Invitation> current = invitations.byId(open.id());
                Optional<Meeting> meeting = meetings.byId(open.meetingId());
                if (current.isEmpty() || meeting.isEmpty()
                        || !current.get().withdraw(meeting.get(), reason, clock.instant())) {
                    return false;
                }
                invitations.save(current.get());
                return true;
            });
            withdrawn += changed ? 1 : 0;
        }
        return withdrawn;
    }

    private Meeting meeting(String meetingId) {
        return meetings.byId(meetingId).orElseThrow(() -> new NotFound("No meeting " + meetingId));
    }
}
