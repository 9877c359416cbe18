package uk.socialvalue.membership.account;

import java.time.Duration;
import java.time.Instant;

/** Signs the access tokens accounts hand out for the SVUK APIs. */
public interface Tokens {

    /**
     * An access token for the person, with their roles, organisation and token version, lasting {@code ttl}.
     */
    SignedToken accessToken(Person person, Duration ttl);

    /** A token as it is handed out, and when it stops working. */
    record SignedToken(String value, Instant expiresAt) {
    }
}
