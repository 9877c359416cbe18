package uk.socialvalue.contracts.membership;

/** What a membership invoice charges for. */
public enum MembershipInvoiceKind {
    /** The first term, invoiced when SVUK approves the application. */
    MEMBERSHIP_APPROVAL,
    /** Another term, invoiced when SVUK renews the membership. */
    MEMBERSHIP_RENEWAL
}
