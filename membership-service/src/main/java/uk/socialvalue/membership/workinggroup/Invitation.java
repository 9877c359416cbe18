package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.Objects;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;

/**
 * One contact's invitation to one meeting.
 *
 * @param id          the invitation
 * @param invitee     whom it is for, as they were when invited
 * @param tokenHash   the SHA-256 hash of the secret in its links
 * @param status      where it stands
 * @param invitedAt   when it was issued
 * @param answeredAt  when it was last answered, else {@code null}
 * @param withdrawnAt when it was withdrawn, else {@code null}
 */
public record Invitation(String id, Invitee invitee, String tokenHash, InvitationStatus status, Instant invitedAt,
        Instant answeredAt, Instant withdrawnAt) {

    public Invitation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(invitee);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(status);
    }

    /** Whether it still counts as an invitation to come: not declined, not withdrawn. */
    boolean isOpen() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.ACCEPTED;
    }

    Invitation answered(RsvpAnswer answer, Instant now) {
        InvitationStatus answered = answer == RsvpAnswer.ACCEPTED ? InvitationStatus.ACCEPTED
                : InvitationStatus.DECLINED;
        return new Invitation(id, invitee, tokenHash, answered, invitedAt, now, withdrawnAt);
    }

    Invitation withdrawn(Instant now) {
        return new Invitation(id, invitee, tokenHash, InvitationStatus.WITHDRAWN, invitedAt, answeredAt, now);
    }
}
