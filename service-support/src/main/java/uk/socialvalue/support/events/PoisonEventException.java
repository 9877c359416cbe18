package uk.socialvalue.support.events;

/**
 * A record that no retry can make readable: it goes straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
