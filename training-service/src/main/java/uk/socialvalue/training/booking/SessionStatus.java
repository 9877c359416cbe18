package uk.socialvalue.training.booking;

/** Whether a session will run. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
