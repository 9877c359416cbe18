package uk.socialvalue.membership.engagement;

/** Where a working-group invitation stands, as its latest event says. */
public enum InvitationState {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
