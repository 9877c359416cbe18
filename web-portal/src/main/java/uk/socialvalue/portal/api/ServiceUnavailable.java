package uk.socialvalue.portal.api;

/** A service could not be reached, timed out, or failed on its side (5xx). */
public class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, String message, Throwable cause) {
        super(service + ": " + message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
