package uk.socialvalue.portal.api;

import java.util.List;
import java.util.Map;

/**
 * A service refused a request: its status and the RFC 9457 problem detail it answered with.
 *
 * @see FieldProblem
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties;

    /** One field a service named as wrong, in the service's own naming ({@code contact.email}). */
    public record FieldProblem(String field, String message) {
    }

    public ServiceProblem(int status, String detail, List<FieldProblem> errors, Map<String, Object> properties) {
        super("HTTP " + status + ": " + detail);
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public int status() {
        return status;
    }

    /** The service's explanation, meant for people. */
    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public boolean isInvalidInput() {
        return status == 400;
    }

    public boolean isConflict() {
        return status == 409;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
