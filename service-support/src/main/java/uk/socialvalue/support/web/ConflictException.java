package uk.socialvalue.support.web;

import java.util.Map;

/** The request clashes with what is already stored: answered with a 409 carrying the given properties. */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
