package uk.socialvalue.contracts.membership;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A person needs a link to set their password: their organisation was approved, they were added as a
 * contact or as SVUK staff, or they asked to reset it. {@code organisationId} and {@code organisationName}
 * are {@code null} for SVUK staff.
 * <p>
 * The link holds a single-use secret that expires at {@code expiresAt}. It travels sealed, as
 * {@code sealedSetupUrl}: a JWE (RSA-OAEP-256, A256GCM) to notification-service's public key, which only that
 * service opens, when it builds the email. Version 2: version 1 carried the link in plain text.
 */
public record PasswordSetupRequested(String eventId, Instant occurredAt, String personId, String organisationId,
        String organisationName, String name, String email, Reason reason, String sealedSetupUrl, Instant expiresAt)
        implements IntegrationEvent {

    /** Why the link was issued, which decides the email the person receives. */
    public enum Reason {
        /** The person's organisation became a member: a welcome email. */
        MEMBERSHIP_APPROVED,
        /** The person was added as a contact of a member organisation: an invitation email. */
        CONTACT_ADDED,
        /** The person asked to reset their password, or for a new link in place of an expired one. */
        PASSWORD_RESET,
        /** The person was made SVUK staff (an administrator). */
        STAFF_ADDED
    }

    @Override
    public String aggregateId() {
        return personId;
    }
}
