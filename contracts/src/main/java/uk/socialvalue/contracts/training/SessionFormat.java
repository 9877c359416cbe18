package uk.socialvalue.contracts.training;

/** How a training session is delivered. */
public enum SessionFormat {
    /** On a video call; attendees get the link. */
    ONLINE,
    /** In a room; attendees get the venue. */
    IN_PERSON
}
