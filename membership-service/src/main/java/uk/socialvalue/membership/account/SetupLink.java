package uk.socialvalue.membership.account;

import java.time.Instant;

/**
 * A single-use link with which a person sets their password, sealed for notification-service (which puts it
 * in the email); the secret in it is stored only as a hash.
 *
 * @param sealedUrl  the link, carrying the secret as its {@code token} query parameter, sealed
 * @param expiresAt  when it stops working
 */
public record SetupLink(String sealedUrl, Instant expiresAt) {
}
