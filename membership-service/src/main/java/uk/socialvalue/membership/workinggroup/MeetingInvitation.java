package uk.socialvalue.membership.workinggroup;

import uk.socialvalue.contracts.workinggroup.MeetingDetails;

/**
 * An invitation together with the meeting it is to.
 *
 * @param meeting     the meeting
 * @param invitation  the invitation
 * @param started     whether the meeting had started when this was read: answers are closed then
 */
public record MeetingInvitation(MeetingDetails meeting, Invitation invitation, boolean started) {

    /** Whether the invitee may answer, or change their answer, now. */
    public boolean answerable() {
        return !started && invitation.status() != InvitationStatus.WITHDRAWN;
    }
}
