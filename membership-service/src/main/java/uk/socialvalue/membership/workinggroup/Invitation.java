package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationCancelled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.support.domain.Aggregate;

/**
 * One contact's invitation to one meeting: an aggregate of its own, stored with the id of its meeting, so that
 * a meeting holds no invitations and each invitation is one small document with its own events. It records
 * what happens to it as events about its meeting (keyed by the meeting id on the wire, as before).
 */
public class Invitation implements Aggregate {

    /** What an invitation is called in messages to people. */
    public static final String NAME = "Invitation";

    private final String id;
    private final String meetingId;
    private Invitee invitee;
    private final String tokenHash;
    private InvitationStatus status;
    private final Instant invitedAt;
    private Instant answeredAt;
    private Instant withdrawnAt;
    /**
     * The calendar sequence of the meeting as the invitee was last told of it (when invited, or of a change or
     * the cancellation since): each change of the meeting is told to the invitation once, whoever hands it on.
     */
    private int calendarSequence;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    private Invitation(String id, String meetingId, Invitee invitee, String tokenHash, InvitationStatus status,
            Instant invitedAt, Instant answeredAt, Instant withdrawnAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.meetingId = Objects.requireNonNull(meetingId);
        this.invitee = Objects.requireNonNull(invitee);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.status = Objects.requireNonNull(status);
        this.invitedAt = invitedAt;
        this.answeredAt = answeredAt;
        this.withdrawnAt = withdrawnAt;
        this.version = version;
    }

    /** An invitation as stored before it kept the calendar sequence it was told of, which counts from 0. */
    public static Invitation restore(String id, String meetingId, Invitee invitee, String tokenHash,
            InvitationStatus status, Instant invitedAt, Instant answeredAt, Instant withdrawnAt, long version) {
        return restore(id, meetingId, invitee, tokenHash, status, invitedAt, answeredAt, withdrawnAt, 0, version);
    }

    /** An invitation as stored; for repositories only. */
    public static Invitation restore(String id, String meetingId, Invitee invitee, String tokenHash,
            InvitationStatus status, Instant invitedAt, Instant answeredAt, Instant withdrawnAt,
            int calendarSequence, long version) {
        var invitation = new Invitation(id, meetingId, invitee, tokenHash, status, invitedAt, answeredAt,
                withdrawnAt, version);
        invitation.calendarSequence = calendarSequence;
        return invitation;
    }

    /** A new invitation to the meeting, its links carrying a fresh unguessable token, with its event. */
    static Invitation issue(Meeting meeting, Invitee invitee, RsvpLinks links, Instant now) {
        InvitationToken token = InvitationToken.generate();
        var invitation = new Invitation(UUID.randomUUID().toString(), meeting.id(), invitee, token.hash(),
                InvitationStatus.PENDING, now, null, null, 0);
        invitation.calendarSequence = meeting.calendarSequence();
        invitation.events.add(new WorkingGroupInvitationIssued(newEventId(), now, invitation.id, meeting.details(),
                invitee, links.accept(token), links.decline(token)));
        return invitation;
    }

    /**
     * Records the invitee's answer. Answers may change until the meeting starts; giving the same answer again
     * changes nothing and tells no one.
     *
     * @throws InvitationRuleViolation when it was withdrawn or the meeting has started
     */
    void answer(Meeting meeting, RsvpAnswer answer, Instant now) {
        if (status == InvitationStatus.WITHDRAWN) {
            throw new InvitationRuleViolation("This invitation was withdrawn and can no longer be answered");
        }
        if (meeting.hasStarted(now)) {
            throw new InvitationRuleViolation("The meeting has started; answers can no longer be changed");
        }
        if (meeting.isCancelled()) {
            throw new InvitationRuleViolation("The meeting was cancelled");
        }
        InvitationStatus answered = answer == RsvpAnswer.ACCEPTED ? InvitationStatus.ACCEPTED
                : InvitationStatus.DECLINED;
        if (answered == status) {
            return;
        }
        status = answered;
        answeredAt = now;
        events.add(new WorkingGroupInvitationAnswered(newEventId(), now, id, meeting.details(), invitee, answer));
    }

    /**
     * Withdraws it if it is open (pending or accepted) and the meeting has not started: who was invited to a past
     * meeting stays on record.
     *
     * @return whether it was withdrawn now
     */
    boolean withdraw(Meeting meeting, String reason, Instant now) {
        if (!isOpen() || meeting.hasStarted(now) || meeting.isCancelled()) {
            return false;
        }
        status = InvitationStatus.WITHDRAWN;
        withdrawnAt = now;
        events.add(new WorkingGroupInvitationWithdrawn(newEventId(), now, id, meeting.details(), invitee, reason));
        return true;
    }

    /**
     * Sends the invitee the changed meeting if the invitation still stands (pending or accepted) and they were
     * not told of this change yet.
     *
     * @return whether it did
     */
    boolean meetingRescheduled(Meeting meeting, MeetingDetails previous, Instant now) {
        if (!isOpen() || !isBehind(meeting)) {
            return false;
        }
        calendarSequence = meeting.calendarSequence();
        events.add(new WorkingGroupInvitationUpdated(newEventId(), now, id, meeting.details(), previous, invitee,
                status == InvitationStatus.ACCEPTED));
        return true;
    }

    /**
     * Tells the invitee the meeting is cancelled, unless the invitation was withdrawn (they were told then).
     *
     * @return whether it did
     */
    boolean meetingCancelled(Meeting meeting, Instant now) {
        if (status == InvitationStatus.WITHDRAWN || !isBehind(meeting)) {
            return false;
        }
        calendarSequence = meeting.calendarSequence();
        events.add(new WorkingGroupInvitationCancelled(newEventId(), now, id, meeting.details(), invitee,
                meeting.cancellationReason()));
        return true;
    }

    /** Whether the meeting changed since the invitee was last told of it. */
    boolean isBehind(Meeting meeting) {
        return calendarSequence < meeting.calendarSequence();
    }

    /** The calendar sequence of the meeting as the invitee was last told of it. */
    public int calendarSequence() {
        return calendarSequence;
    }

    /**
     * Erases the invitee's name and email address, keeping the invitation and its answer; no event.
     *
     * @return whether anything was left to erase
     */
    boolean eraseInvitee(String erasedName) {
        if (erasedName.equals(invitee.name()) && invitee.email() == null) {
            return false;
        }
        invitee = new Invitee(invitee.personId(), erasedName, null, invitee.organisationId(),
                invitee.organisationName());
        return true;
    }

    /** Whether it still counts as an invitation to come: not declined, not withdrawn. */
    boolean isOpen() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.ACCEPTED;
    }

    @Override
    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    /** Whom it is for, as they were when invited. */
    public Invitee invitee() {
        return invitee;
    }

    /** The SHA-256 hash of the secret in its links. */
    public String tokenHash() {
        return tokenHash;
    }

    public InvitationStatus status() {
        return status;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    /** When it was last answered, else {@code null}. */
    public Instant answeredAt() {
        return answeredAt;
    }

    /** When it was withdrawn, else {@code null}. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    @Override
    public long version() {
        return version;
    }

    /** The events recorded since it was loaded, to be stored with its state. */
    @Override
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
