package uk.socialvalue.membership.organisation;

/** A contact's standing at their organisation; it decides what they may do on its behalf. */
public enum ContactRole {
    /** The primary contact: manages the organisation's contacts and membership. */
    PRIMARY,
    /** Any other contact. */
    MEMBER
}
