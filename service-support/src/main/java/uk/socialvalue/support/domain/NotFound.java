package uk.socialvalue.support.domain;

/**
 * What was asked for does not exist, or is not the caller's to see: answered with a 404 problem detail whose
 * detail is the message, e.g. "No organisation 42".
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
