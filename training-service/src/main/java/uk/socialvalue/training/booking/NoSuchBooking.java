package uk.socialvalue.training.booking;

/** No booking has the id, or it is not the caller's to see. */
public class NoSuchBooking extends RuntimeException {

    public NoSuchBooking(String id) {
        super("No booking " + id);
    }
}
