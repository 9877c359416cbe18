package uk.socialvalue.membership.workinggroup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;

/**
 * A working-group meeting with the invitations to it: the aggregate that decides who is invited, records
 * answers and withdrawals, and records each as an event, to be stored with the change in one write.
 */
public class Meeting implements Aggregate {

    private final String id;
    private final String workingGroupId;
    private final String workingGroupName;
    private final String title;
    private final String agenda;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String venue;
    private final String onlineUrl;
    private final Instant scheduledAt;
    private Instant invitationsIssuedAt;
    private final List<Invitation> invitations;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    Meeting(String id, String workingGroupId, String workingGroupName, String title, String agenda,
            Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, List<Invitation> invitations, long version) {
        this.id = Objects.requireNonNull(id);
        this.workingGroupId = Objects.requireNonNull(workingGroupId);
        this.workingGroupName = Objects.requireNonNull(workingGroupName);
        this.title = Objects.requireNonNull(title);
        this.agenda = agenda;
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        this.venue = venue;
        this.onlineUrl = onlineUrl;
        this.scheduledAt = scheduledAt;
        this.invitationsIssuedAt = invitationsIssuedAt;
        this.invitations = new ArrayList<>(invitations);
        this.version = version;
    }

    /** A meeting as stored; for repositories only. */
    public static Meeting restore(String id, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, List<Invitation> invitations, long version) {
        return new Meeting(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue, onlineUrl,
                scheduledAt, invitationsIssuedAt, invitations, version);
    }

    /** No invitation has the token a link carried. */
    static NotFound noInvitation() {
        return new NotFound("No invitation with that link; it may have been mistyped");
    }

    /** A new meeting of the group, in the future, with somewhere to meet: a venue, an https link or both. */
    static Meeting schedule(String id, WorkingGroup group, MeetingPlan plan, Instant now) {
        if (plan.title() == null || plan.title().isBlank()) {
            throw new InvalidField("title", "is required");
        }
        if (plan.startsAt() == null) {
            throw new InvalidField("startsAt", "is required");
        }
        if (plan.endsAt() == null) {
            throw new InvalidField("endsAt", "is required");
        }
        if (!plan.startsAt().isAfter(now)) {
            throw new InvalidField("startsAt", "must be in the future");
        }
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new InvalidField("endsAt", "must be after startsAt");
        }
        String venue = blankToNull(plan.venue());
        String onlineUrl = blankToNull(plan.onlineUrl());
        if (venue == null && onlineUrl == null) {
            throw new InvalidField("venue", "or onlineUrl is required: say where to meet");
        }
        if (onlineUrl != null && !isHttpsLink(onlineUrl)) {
            throw new InvalidField("onlineUrl", "must be an https:// link");
        }
        // to the second, as calendar invitations (iCalendar) carry them
        var meeting = new Meeting(id, group.id(), group.name(), plan.title().strip(), blankToNull(plan.agenda()),
                plan.startsAt().truncatedTo(ChronoUnit.SECONDS), plan.endsAt().truncatedTo(ChronoUnit.SECONDS),
                venue, onlineUrl, now, null, List.of(), 0);
        meeting.events.add(new MeetingScheduled(newEventId(), now, meeting.details(), group.kind(), group.region(),
                group.sector() == null ? null : group.sector().name()));
        return meeting;
    }

    /**
     * Invites those of the given contacts who have not been invited yet, whatever became of their earlier
     * invitation: issuing again reaches only newcomers. Fails once the meeting has started.
     *
     * @return how many were newly invited
     */
    /**
     * Erases the person's name and email address from their invitations to this meeting, keeping the invitation
     * and its answer.
     *
     * @return whether anything was left to erase
     */
    public boolean eraseInvitee(String personId, String erasedName) {
        boolean changed = false;
        for (int i = 0; i < invitations.size(); i++) {
            Invitation invitation = invitations.get(i);
            Invitee invitee = invitation.invitee();
            if (invitee.personId().equals(personId)
                    && !(erasedName.equals(invitee.name()) && invitee.email() == null)) {
                invitations.set(i, new Invitation(invitation.id(), new Invitee(personId, erasedName, null,
                        invitee.organisationId(), invitee.organisationName()), invitation.tokenHash(),
                        invitation.status(), invitation.invitedAt(), invitation.answeredAt(), invitation.withdrawnAt()));
                changed = true;
            }
        }
        return changed;
    }

    int issueInvitations(List<Invitee> invitees, RsvpLinks links, Instant now) {
        if (hasStarted(now)) {
            throw new InvitationRuleViolation("The meeting has started; it is too late to invite anyone");
        }
        if (invitationsIssuedAt == null) {
            invitationsIssuedAt = now;
        }
        return invite(invitees, links, now);
    }

    /**
     * Invites contacts who became eligible after the invitations went out, e.g. of a newly approved member.
     * Does nothing before the admin has issued invitations or once the meeting has started.
     *
     * @return how many were newly invited
     */
    int inviteLateJoiners(List<Invitee> invitees, RsvpLinks links, Instant now) {
        if (invitationsIssuedAt == null || hasStarted(now)) {
            return 0;
        }
        return invite(invitees, links, now);
    }

    private int invite(List<Invitee> invitees, RsvpLinks links, Instant now) {
        Set<String> invited = new HashSet<>();
        invitations.forEach(invitation -> invited.add(invitation.invitee().personId()));
        int added = 0;
        for (Invitee invitee : invitees) {
            if (!invited.add(invitee.personId())) {
                continue;
            }
            InvitationToken token = InvitationToken.generate();
            var invitation = new Invitation(UUID.randomUUID().toString(), invitee, token.hash(),
                    InvitationStatus.PENDING, now, null, null);
            invitations.add(invitation);
            events.add(new WorkingGroupInvitationIssued(newEventId(), now, invitation.id(), details(), invitee,
                    links.accept(token), links.decline(token)));
            added++;
        }
        return added;
    }

    /**
     * Records the answer to the invitation whose token has this hash. Answers may change until the meeting
     * starts; giving the same answer again changes nothing and tells no one.
     *
     * @throws NotFound when no invitation to this meeting has that token
     * @throws InvitationRuleViolation when the invitation was withdrawn or the meeting has started
     */
    Invitation answer(String tokenHash, RsvpAnswer answer, Instant now) {
        int index = indexOf(invitation -> invitation.tokenHash().equals(tokenHash));
        if (index < 0) {
            throw noInvitation();
        }
        Invitation invitation = invitations.get(index);
        if (invitation.status() == InvitationStatus.WITHDRAWN) {
            throw new InvitationRuleViolation("This invitation was withdrawn and can no longer be answered");
        }
        if (hasStarted(now)) {
            throw new InvitationRuleViolation("The meeting has started; answers can no longer be changed");
        }
        Invitation answered = invitation.answered(answer, now);
        if (answered.status() == invitation.status()) {
            return invitation;
        }
        invitations.set(index, answered);
        events.add(new WorkingGroupInvitationAnswered(newEventId(), now, answered.id(), details(),
                answered.invitee(), answer));
        return answered;
    }

    /**
     * Withdraws the open (pending or accepted) invitations of an organisation's contacts, unless the meeting
     * has started: who was invited to a past meeting stays on record.
     *
     * @return how many were withdrawn
     */
    int withdrawOrganisation(String organisationId, String reason, Instant now) {
        return withdraw(invitation -> invitation.invitee().organisationId().equals(organisationId), reason, now);
    }

    /** Withdraws the open invitation of one person, unless the meeting has started. */
    int withdrawPerson(String personId, String reason, Instant now) {
        return withdraw(invitation -> invitation.invitee().personId().equals(personId), reason, now);
    }

    private int withdraw(Predicate<Invitation> whose, String reason, Instant now) {
        if (hasStarted(now)) {
            return 0;
        }
        int withdrawn = 0;
        for (int i = 0; i < invitations.size(); i++) {
            Invitation invitation = invitations.get(i);
            if (invitation.isOpen() && whose.test(invitation)) {
                Invitation changed = invitation.withdrawn(now);
                invitations.set(i, changed);
                events.add(new WorkingGroupInvitationWithdrawn(newEventId(), now, changed.id(), details(),
                        changed.invitee(), reason));
                withdrawn++;
            }
        }
        return withdrawn;
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    Optional<Invitation> invitationWithTokenHash(String tokenHash) {
        return invitations.stream().filter(invitation -> invitation.tokenHash().equals(tokenHash)).findFirst();
    }

    /** How many invitations are in each status, every status included. */
    public Map<InvitationStatus, Long> counts() {
        Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
        for (InvitationStatus status : InvitationStatus.values()) {
            counts.put(status, 0L);
        }
        invitations.forEach(invitation -> counts.merge(invitation.status(), 1L, Long::sum));
        return counts;
    }

    /** The meeting as invitations and their events describe it. */
    public MeetingDetails details() {
        return new MeetingDetails(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue,
                onlineUrl);
    }

    /** The events recorded since the meeting was loaded, to be stored with its state. */
    @Override
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public String id() {
        return id;
    }

    public String workingGroupId() {
        return workingGroupId;
    }

    public String workingGroupName() {
        return workingGroupName;
    }

    public String title() {
        return title;
    }

    public String agenda() {
        return agenda;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String venue() {
        return venue;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    /** When an admin first issued the invitations, else {@code null}; late joiners are invited only after. */
    public Instant invitationsIssuedAt() {
        return invitationsIssuedAt;
    }

    public List<Invitation> invitations() {
        return List.copyOf(invitations);
    }

    /** The version it was loaded at, for optimistic concurrency. */
    @Override
    public long version() {
        return version;
    }

    private int indexOf(Predicate<Invitation> condition) {
        for (int i = 0; i < invitations.size(); i++) {
            if (condition.test(invitations.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHttpsLink(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
