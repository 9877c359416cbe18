package uk.socialvalue.support.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One action in the audit log.
 *
 * @param at              when it was done
 * @param actor           who did it
 * @param action          what was done: the request's method and path pattern, e.g.
 *                        {@code POST /api/organisations/{id}/approval}
 * @param organisationId  the organisation concerned, or {@code null}
 * @param details         the ids in the path and the response status; never names or addresses
 */
public record AuditEntry(Instant at, Actor actor, String action, String organisationId, Map<String, String> details) {

    public AuditEntry {
        details = Map.copyOf(details);
    }

    /**
     * Who did it.
     *
     * @param personId  their person id, the subject of their token
     * @param email     their email address when they did it; {@code null} once they were erased
     */
    public record Actor(String personId, String email) {
    }
}
