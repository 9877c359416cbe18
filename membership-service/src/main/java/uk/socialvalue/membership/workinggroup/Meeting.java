package uk.socialvalue.membership.workinggroup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.MeetingCancelled;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.MeetingRescheduled;
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
    private String title;
    private String agenda;
    private Instant startsAt;
    private Instant endsAt;
    private String venue;
    private String onlineUrl;
    private final Instant scheduledAt;
    private Instant invitationsIssuedAt;
    private Instant cancelledAt;
    private String cancellationReason;
    /** The SEQUENCE of its calendar entry: one more with every change its invitees are told about. */
    private int calendarSequence;
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
        return restore(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue, onlineUrl,
                scheduledAt, invitationsIssuedAt, null, null, version);
    }

    /** A meeting as stored, cancelled or not, before its calendar sequence was kept (it counts from 0). */
    public static Meeting restore(String id, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, Instant cancelledAt, String cancellationReason, long version) {
        return restore(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue, onlineUrl,
                scheduledAt, invitationsIssuedAt, cancelledAt, cancellationReason, 0, version);
    }

    /** A meeting as stored, cancelled or not, with its calendar sequence; for repositories only. */
    public static Meeting restore(String id, String workingGroupId, String workingGroupName, String title,
            String agenda, Instant startsAt, Instant endsAt, String venue, String onlineUrl, Instant scheduledAt,
            Instant invitationsIssuedAt, Instant cancelledAt, String cancellationReason, int calendarSequence,
            long version) {
        var meeting = new Meeting(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue,
                onlineUrl, scheduledAt, invitationsIssuedAt, version);
        meeting.cancelledAt = cancelledAt;
        meeting.cancellationReason = cancellationReason;
        meeting.calendarSequence = calendarSequence;
        return meeting;
    }

    /** No invitation has the token a link carried. */
    static NotFound noInvitation() {
        return new NotFound("No invitation with that link; it may have been mistyped");
    }

    /** A new meeting of the group, in the future, with somewhere to meet: a venue, an https link or both. */
    static Meeting schedule(String id, WorkingGroup group, MeetingPlan requested, Instant now) {
        MeetingPlan plan = checked(requested, now);
        var meeting = new Meeting(id, group.id(), group.name(), plan.title(), plan.agenda(), plan.startsAt(),
                plan.endsAt(), plan.venue(), plan.onlineUrl(), now, null, 0);
        meeting.events.add(new MeetingScheduled(newEventId(), now, meeting.details(), group.kind(), group.region(),
                group.sector() == null ? null : group.sector().name()));
        return meeting;
    }

    /**
     * A plan as a meeting keeps it: title and times required, in the future, ending after it starts, somewhere to
     * meet (a venue, an https link or both), times to the second as calendar invitations (iCalendar) carry them.
     *
     * @throws InvalidField naming the first field that is wrong
     */
    private static MeetingPlan checked(MeetingPlan plan, Instant now) {
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
        return new MeetingPlan(plan.title().strip(), blankToNull(plan.agenda()),
                plan.startsAt().truncatedTo(ChronoUnit.SECONDS), plan.endsAt().truncatedTo(ChronoUnit.SECONDS), venue,
                onlineUrl);
    }

    /** The meeting's plan as it stands. */
    public MeetingPlan plan() {
        return new MeetingPlan(title, agenda, startsAt, endsAt, venue, onlineUrl);
    }

    /**
     * Changes the plan of a meeting that has not started and is not cancelled; the changes are a merge patch
     * (a {@code null} keeps that part; an empty venue or link removes it). Moving the start alone keeps the length.
     *
     * @return the meeting as it was, when something changed (with a {@code MeetingRescheduled}); else empty
     * @throws InvitationRuleViolation when it is cancelled or has started
     * @throws InvalidField            when the changed plan is not a valid one
     */
    Optional<MeetingDetails> reschedule(MeetingPlan changes, Instant now) {
        requireOpen(now, "changed");
        Instant newStart = changes.startsAt() == null ? startsAt : changes.startsAt();
        Instant newEnd = changes.endsAt() != null ? changes.endsAt()
                : endsAt.plus(Duration.between(startsAt, newStart));
        MeetingPlan changed = new MeetingPlan(changes.title() == null ? title : changes.title(),
                changes.agenda() == null ? agenda : changes.agenda(), newStart, newEnd,
                changes.venue() == null ? venue : changes.venue(),
                changes.onlineUrl() == null ? onlineUrl : changes.onlineUrl());
        MeetingPlan plan = checked(changed, now);
        if (plan.equals(plan())) {
            return Optional.empty();
        }
        MeetingDetails previous = details();
        title = plan.title();
        agenda = plan.agenda();
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        venue = plan.venue();
        onlineUrl = plan.onlineUrl();
        calendarSequence++; // every change of plan reaches the invitees' calendars (the title and agenda too)
        events.add(new MeetingRescheduled(newEventId(), now, details(), previous));
        return Optional.of(previous);
    }

    /**
     * Cancels a meeting that has not started; its invitations are cancelled after it, each with its own event.
     *
     * @throws InvitationRuleViolation when it is cancelled already or has started
     */
    void cancel(String reason, Instant now) {
        requireOpen(now, "cancelled");
        cancelledAt = now;
        cancellationReason = reason;
        calendarSequence++;
        events.add(new MeetingCancelled(newEventId(), now, details(), reason));
    }

    private void requireOpen(Instant now, String what) {
        if (isCancelled()) {
            throw new InvitationRuleViolation("The meeting was cancelled");
        }
        if (hasStarted(now)) {
            throw new InvitationRuleViolation("The meeting has started; it can no longer be " + what);
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
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
        if (isCancelled()) {
            throw new InvitationRuleViolation("The meeting was cancelled");
        }
        if (invitationsIssuedAt != null) {
            return false;
        }
        invitationsIssuedAt = now;
        return true;
    }

    /** Whether contacts who became eligible after the invitations went out are invited now: before the start. */
    boolean invitesLateJoiners(Instant now) {
        return invitationsIssuedAt != null && !hasStarted(now) && !isCancelled();
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The meeting as invitations and their events describe it. */
    public MeetingDetails details() {
        return new MeetingDetails(id, workingGroupId, workingGroupName, title, agenda, startsAt, endsAt, venue,
                onlineUrl, calendarSequence);
    }

    /** The SEQUENCE of its calendar entry: 0 when scheduled, one more with every change and the cancellation. */
    public int calendarSequence() {
        return calendarSequence;
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
