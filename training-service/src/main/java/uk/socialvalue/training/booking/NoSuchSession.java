package uk.socialvalue.training.booking;

/** No session has the id. */
public class NoSuchSession extends RuntimeException {

    public NoSuchSession(String id) {
        super("No session " + id);
    }
}
