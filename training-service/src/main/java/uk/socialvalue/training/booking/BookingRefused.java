package uk.socialvalue.training.booking;

import java.util.Map;

/** The request is well-formed but the session's rules refuse it now; answered as a 409. */
public class BookingRefused extends RuntimeException {

    private final Map<String, Object> details;

    public BookingRefused(String message) {
        this(message, Map.of());
    }

    public BookingRefused(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /** Extra facts for the caller, e.g. the attendee emails that already hold places. */
    public Map<String, Object> details() {
        return details;
    }
}
