package uk.socialvalue.membership.account;

/** Why a person's earlier access tokens were revoked, as {@code AccessRevoked} says. */
public enum AccountChange {
    CONTACT_REMOVED,
    PRIMARY_ROLE_HANDED_OVER,
    STAFF_REMOVED,
    PASSWORD_SET,
    APPLICATION_CLOSED,
    ERASED
}
