package uk.socialvalue.support.web;

/** What was asked for does not exist, or is not the caller's to see: answered with a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
