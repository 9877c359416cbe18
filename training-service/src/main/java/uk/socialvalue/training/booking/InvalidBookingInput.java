package uk.socialvalue.training.booking;

/** A field of a request about sessions or bookings that is not acceptable; answered as a 400 naming it. */
public class InvalidBookingInput extends RuntimeException {

    private final String field;

    public InvalidBookingInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
