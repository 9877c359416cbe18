package uk.socialvalue.membership.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs and reads the tokens accounts hand out: access tokens for the SVUK APIs, and single-use set-password
 * tokens that are never accepted as access tokens.
 */
public interface Tokens {

    /** An access token for the person, with their roles and organisation, lasting {@code ttl}. */
    SignedToken accessToken(Person person, Duration ttl);

    /** A set-password token for the person's current credential version, lasting {@code ttl}. */
    SignedToken setupToken(Person person, Duration ttl);

    /** The person and credential version a set-password token was issued for, if it is genuine and unexpired. */
    Optional<SetupClaim> readSetupToken(String token);

    /** A token as it is handed out, and when it stops working. */
    record SignedToken(String value, Instant expiresAt) {
    }

    /** Whom a set-password token is for, and the credential version it may change. */
    record SetupClaim(String personId, long credentialVersion) {
    }
}
