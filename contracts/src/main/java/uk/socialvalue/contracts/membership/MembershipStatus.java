package uk.socialvalue.contracts.membership;

/** Where an organisation's membership of SVUK stands. */
public enum MembershipStatus {
    /** Applied for, waiting for SVUK staff to approve or reject. */
    PENDING_APPROVAL,
    /** A member, within the paid-up year. */
    ACTIVE,
    /** Past the end date but still counted as a member while it renews. */
    GRACE,
    /** No longer a member: the grace period ended without a renewal. */
    LAPSED,
    /** The application was turned down. */
    REJECTED,
    /** Ended early by the organisation or by SVUK. */
    CANCELLED;

    /** Whether an organisation in this state counts as a member (member prices, working groups). */
    public boolean isMember() {
        return this == ACTIVE || this == GRACE;
    }
}
