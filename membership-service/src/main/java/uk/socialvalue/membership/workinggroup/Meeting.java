package uk.socialvalue.membership.workinggroup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;

/**
 * A working-group meeting: when and where, and whether its invitations have gone out. The invitations are
 * aggregates of their own ({@link Invitation}, in {@link MeetingInvitations}), so a meeting stays one small
 * document however many are invited.
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
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    Meeting(String id, String workingGroupId, String workingGroupName, String title, String agenda,
            Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, long version) {
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
        this.version = version;
    }

    /** A meeting as stored; for repositories only. */
    public static Meeting restore(String id, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, long version) {
        return new Meeting(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue, onlineUrl,
                scheduledAt, invitationsIssuedAt, version);
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
                venue, onlineUrl, now, null, 0);
        meeting.events.add(new MeetingScheduled(newEventId(), now, meeting.details(), group.kind(), group.region(),
                group.sector() == null ? null : group.sector().name()));
        return meeting;
    }

    /**
     * Records that an admin issued the invitations (the first time only): from then on, contacts who become
     * eligible are invited as they come. Fails once the meeting has started.
     *
     * @return whether this was the first time, so that the meeting changed
     * @throws InvitationRuleViolation when the meeting has started
     */
    boolean issueInvitations(Instant now) {
        if (hasStarted(now)) {
            throw new InvitationRuleViolation("The meeting has started; it is too late to invite anyone");
        }
        if (invitationsIssuedAt != null) {
            return false;
        }
        invitationsIssuedAt = now;
        return true;
    }

    /** Whether contacts who became eligible after the invitations went out are invited now: before the start. */
    boolean invitesLateJoiners(Instant now) {
        return invitationsIssuedAt != null && !hasStarted(now);
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
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

    /** The version it was loaded at, for optimistic concurrency. */
    @Override
    public long version() {
        return version;
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
