package uk.socialvalue.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;

/**
 * A page of one service's audit log, as every service's {@code GET /api/audit} answers: who did what, when,
 * for which organisation, newest first.
 */
public record AuditLog(List<Entry> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    /** One action. */
    public record Entry(Instant at, Actor actor, String action, String organisationId, Map<String, String> details) {
    }

    /** Who did it; the email is gone once they were erased. */
    public record Actor(String personId, String email) {
    }

    /** What to look for; blank fields match everything. */
    public record Query(String organisationId, String actor, int page, int size) {
    }

    static AuditLog read(ServiceClient client, Query query) {
        return client.get(AuditLog.class, uri -> uri.path("/api/audit")
                .queryParamIfPresent("organisationId", MembershipApi.blankToEmpty(query.organisationId()))
                .queryParamIfPresent("actor", MembershipApi.blankToEmpty(query.actor()))
                .queryParam("page", query.page())
                .queryParam("size", query.size())
                .build());
    }

    /** What a service holds about the signed-in person, as its {@code GET /api/account/personal-data} answers. */
    static Map<String, Object> personalData(ServiceClient client) {
        return client.get(new ParameterizedTypeReference<Map<String, Object>>() {
        }, "/api/account/personal-data");
    }
}
