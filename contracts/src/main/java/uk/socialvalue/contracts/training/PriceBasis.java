package uk.socialvalue.contracts.training;

/** Which price list a booking was priced from. */
public enum PriceBasis {
    /** The organisation's membership was ACTIVE or in GRACE when it booked. */
    MEMBER,
    /** The organisation was not a member when it booked. */
    NON_MEMBER
}
