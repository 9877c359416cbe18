package uk.socialvalue.membership.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;

/**
 * The invitation use cases: issuing them, answering them from the email's link, and keeping them in step
 * as organisations join and leave and contacts come and go.
 * <p>
 * Every change loads a meeting, changes it and saves it with its events in one write; when someone else
 * changed the meeting meanwhile, the change is worked out again on the fresh state. The reactions to
 * membership changes work out what should be true now rather than replaying what happened, so they can be
 * delivered twice, or late, and leave the same state.
 */
public class Inviting {

    private final WorkingGroups groups;
    private final Meetings meetings;
    private final OrganisationDirectory organisations;
    private final RsvpLinks links;
    private final Retry retry;
    private final Clock clock;

    public Inviting(WorkingGroups groups, Meetings meetings, OrganisationDirectory organisations, RsvpLinks links,
            Retry retry, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.organisations = organisations;
        this.links = links;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Invites every eligible contact not invited yet to the meeting.
     *
     * @return how many were newly invited
     * @throws NotFound when there is no such meeting
     * @throws InvitationRuleViolation when the meeting has started
     */
    public int issue(String meetingId) {
        return retry.onConflict(() -> {
            Meeting meeting = meetings.byId(meetingId)
                    .orElseThrow(() -> new NotFound("No meeting " + meetingId));
            WorkingGroup group = groups.byId(meeting.workingGroupId())
                    .orElseThrow(() -> new NotFound("No working group " + meeting.workingGroupId()));
            int invited = meeting.issueInvitations(group.inviteesAmong(organisations.currentMembers()), links,
                    clock.instant());
            meetings.save(meeting); // also when no one is new: it records that invitations went out
            return invited;
        });
    }

    /**
     * The invitation a link's token stands for, with its meeting. Reading changes nothing: mail filters open
     * every link in an email.
     *
     * @throws NotFound when no invitation has that token
     */
    public MeetingInvitation invitation(String token) {
        String hash = InvitationToken.hashOf(token);
        Meeting meeting = meetings.withTokenHash(hash).orElseThrow(Meeting::noInvitation);
        Invitation invitation = meeting.invitationWithTokenHash(hash).orElseThrow(Meeting::noInvitation);
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
            Meeting meeting = meetings.withTokenHash(hash).orElseThrow(Meeting::noInvitation);
            Instant now = clock.instant();
            Invitation answered = meeting.answer(hash, answer, now);
            if (!meeting.events().isEmpty()) {
                meetings.save(meeting);
            }
            return new MeetingInvitation(meeting.details(), answered, meeting.hasStarted(now));
        });
    }

    /**
     * Every invitation to a contact of the organisation, soonest meeting first.
     *
     * @throws NotFound when there is no such organisation
     */
    public List<MeetingInvitation> invitationsOf(String organisationId) {
        if (!organisations.exists(organisationId)) {
            throw new NotFound("No organisation " + organisationId);
        }
        Instant now = clock.instant();
        List<MeetingInvitation> found = new ArrayList<>();
        for (Meeting meeting : meetings.invitingOrganisation(organisationId)) {
            meeting.invitations().stream()
                    .filter(invitation -> invitation.invitee().organisationId().equals(organisationId))
                    .forEach(invitation -> found.add(
                            new MeetingInvitation(meeting.details(), invitation, meeting.hasStarted(now))));
        }
        return found;
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
            if (group.isPresent() && group.get().admits(organisation)) {
                var invitees = group.get().inviteesAmong(List.of(organisation));
                invited += change(upcoming.id(), meeting -> meeting.inviteLateJoiners(invitees, links,
                        clock.instant()));
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
        int withdrawn = 0;
        for (Meeting upcoming : meetings.upcomingInvitingOrganisation(organisationId, clock.instant())) {
            withdrawn += change(upcoming.id(), meeting -> meeting.withdrawOrganisation(organisationId, reason,
                    clock.instant()));
        }
        return withdrawn;
    }

    /**
     * Withdraws a person's open invitations to upcoming meetings, when they stop being a contact.
     *
     * @return how many were withdrawn
     */
    public int withdrawPerson(String personId, String reason) {
        int withdrawn = 0;
        for (Meeting upcoming : meetings.upcomingInvitingPerson(personId, clock.instant())) {
            withdrawn += change(upcoming.id(), meeting -> meeting.withdrawPerson(personId, reason, clock.instant()));
        }
        return withdrawn;
    }

    /** Applies a change to a meeting and stores it if it recorded anything, again on conflict. */
    private int change(String meetingId, ToIntFunction<Meeting> change) {
        return retry.onConflict(() -> {
            Optional<Meeting> found = meetings.byId(meetingId);
            if (found.isEmpty()) {
                return 0;
            }
            Meeting meeting = found.get();
            int changed = change.applyAsInt(meeting);
            if (!meeting.events().isEmpty()) {
                meetings.save(meeting);
            }
            return changed;
        });
    }
}
