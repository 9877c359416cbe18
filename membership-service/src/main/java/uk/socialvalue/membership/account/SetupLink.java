package uk.socialvalue.membership.account;

import java.time.Instant;

/**
 * A single-use link with which a person sets their password.
 *
 * @param url        the link, carrying the token as its {@code token} query parameter
 * @param expiresAt  when it stops working
 */
public record SetupLink(String url, Instant expiresAt) {
}
