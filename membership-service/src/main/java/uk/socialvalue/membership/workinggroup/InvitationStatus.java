package uk.socialvalue.membership.workinggroup;

/** Where an invitation stands. */
public enum InvitationStatus {
    /** Sent, not answered yet. */
    PENDING,
    ACCEPTED,
    DECLINED,
    /** No longer stands: the organisation stopped being a member or the contact left it. */
    WITHDRAWN
}
