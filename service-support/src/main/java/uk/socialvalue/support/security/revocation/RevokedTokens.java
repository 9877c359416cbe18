package uk.socialvalue.support.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Which people's earlier access tokens no longer count, as {@code membership.AccessRevoked} and
 * {@code membership.PersonErased} events said: per person, the lowest token version ({@code tv} claim) that
 * still counts. Checking a token is one lookup in a small in-memory map, so it costs nothing on the hot path.
 * An entry is kept for {@code window}, the longest an access token lives (plus margin): every token issued
 * before the revocation has expired by then.
 */
public class RevokedTokens implements OAuth2TokenValidator<Jwt> {

    /** The claim of an access token that carries the person's token version when it was issued. */
    public static final String TOKEN_VERSION_CLAIM = "tv";

    private static final OAuth2Error REVOKED = new OAuth2Error("invalid_token",
            "This token was revoked: sign in again", null);

    private final Map<String, Revocation> byPerson = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;

    public RevokedTokens(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    private record Revocation(long lowestValidVersion, Instant at) {
    }

    /** Tokens of the person with a version below {@code lowestValidVersion} no longer count. */
    public void revoke(String personId, long lowestValidVersion, Instant at) {
        byPerson.merge(personId, new Revocation(lowestValidVersion, at),
                (held, next) -> next.lowestValidVersion() > held.lowestValidVersion() ? next
                        : new Revocation(held.lowestValidVersion(), max(held.at(), next.at())));
    }

    /** None of the person's tokens count any more (they were erased). */
    public void revokeAll(String personId, Instant at) {
        revoke(personId, Long.MAX_VALUE, at);
    }

    /** Whether a token of the person, issued at the given token version, still counts. */
    public boolean counts(String personId, long tokenVersion) {
        Revocation revocation = byPerson.get(personId);
        return revocation == null || tokenVersion >= revocation.lowestValidVersion();
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object version = token.getClaims().get(TOKEN_VERSION_CLAIM);
        long tokenVersion = version instanceof Number number ? number.longValue() : 0;
        return token.getSubject() == null || counts(token.getSubject(), tokenVersion)
                ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
    }

    /** Forgets revocations older than the window: every token they concerned has expired. */
    void forgetExpired() {
        Instant horizon = clock.instant().minus(window);
        byPerson.values().removeIf(revocation -> revocation.at().isBefore(horizon));
    }

    /** How far back the events that still matter go. */
    Duration window() {
        return window;
    }

    int size() {
        return byPerson.size();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
