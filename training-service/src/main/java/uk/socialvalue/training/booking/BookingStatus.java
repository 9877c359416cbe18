package uk.socialvalue.training.booking;

/** Where a booking stands. */
public enum BookingStatus {
    /** It holds its places. */
    CONFIRMED,
    /** It waits, whole, for places to free up. */
    WAITLISTED,
    /** Cancelled; it holds nothing. */
    CANCELLED;

    /** Whether it holds or waits for places: its attendees cannot book the session again. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
