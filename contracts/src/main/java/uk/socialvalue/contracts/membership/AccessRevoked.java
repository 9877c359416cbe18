package uk.socialvalue.contracts.membership;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A person's earlier access tokens no longer count: they were removed as a contact or as staff, handed over
 * the primary role, or set a new password. Every access token carries the person's token version in its
 * {@code tv} claim; from now on a token of this person counts only if its version is at least
 * {@code tokenVersion}. Services keep the latest version per person for as long as an access token lives.
 *
 * @param tokenVersion  the lowest token version that still counts
 * @param reason        why, for the record: {@code CONTACT_REMOVED}, {@code PRIMARY_ROLE_HANDED_OVER},
 *                      {@code STAFF_REMOVED}, {@code PASSWORD_SET}, {@code APPLICATION_CLOSED}
 */
public record AccessRevoked(String eventId, Instant occurredAt, String personId, long tokenVersion, String reason)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
