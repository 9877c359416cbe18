package uk.socialvalue.support.security.revocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class RevokedTokensTests {

    final MutableClock clock = new MutableClock();
    final RevokedTokens revoked = new RevokedTokens(Duration.ofHours(2), clock);

    @Test
    void aTokenCountsFromTheRevokedVersionOnAndAnOlderRevocationNeverLowersIt() {
        revoked.revoke("ada", 3, clock.instant());
        revoked.revoke("ada", 2, clock.instant()); // a late, redelivered event

        assertThat(revoked.counts("ada", 2)).isFalse();
        assertThat(revoked.counts("ada", 3)).isTrue();
        assertThat(revoked.counts("ben", 0)).as("no revocation, every token counts").isTrue();
    }

    @Test
    void anErasedPersonsTokensNeverCount() {
        revoked.revokeAll("ada", clock.instant());

        assertThat(revoked.validate(token("ada", 99)).hasErrors()).isTrue();
        assertThat(revoked.validate(token("ada", 99)).getErrors()).extracting(e -> e.getErrorCode())
                .containsExactly("invalid_token");
    }

    @Test
    void aTokenWithoutAVersionIsVersionZero() {
        revoked.revoke("ada", 1, clock.instant());

        assertThat(revoked.validate(token("ada", null)).hasErrors()).isTrue();
        assertThat(revoked.validate(token("ben", null)).hasErrors()).isFalse();
    }

    @Test
    void revocationsOlderThanTheWindowAreForgotten() {
        revoked.revoke("ada", 1, clock.instant());
        clock.advance(Duration.ofHours(1));
        revoked.revoke("ben", 1, clock.instant());
        clock.advance(Duration.ofMinutes(61));

        revoked.forgetExpired();

        assertThat(revoked.size()).isEqualTo(1);
        assertThat(revoked.counts("ada", 0)).as("every token it concerned has expired").isTrue();
        assertThat(revoked.counts("ben", 0)).isFalse();
    }

    private static Jwt token(String subject, Integer version) {
        Map<String, Object> claims = version == null ? Map.of("sub", subject)
                : Map.of("sub", subject, RevokedTokens.TOKEN_VERSION_CLAIM, version);
        return new Jwt("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}
