package uk.socialvalue.contracts.training;

/** What of a session's plan an admin changed when rescheduling it. */
public enum SessionChange {
    /** When it starts or ends. */
    TIMES,
    /** Where it is held, or whether it is online or in person. */
    PLACE,
    /** The link to join it online. */
    ONLINE_LINK,
    /** How many seats it has. */
    CAPACITY,
    /** When bookings close. */
    BOOKING_CUT_OFF
}
