package uk.socialvalue.support.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature verified once, its claims checked on every decode, a token altered in any byte refused. */
class VerifiedTokensTests {

    final RSAKey key = generate("signing");
    final MutableClock clock = new MutableClock();
    final AtomicInteger keyLookups = new AtomicInteger(); // one per signature verified
    final VerifiedTokens tokens = tokens(key);

    @Test
    void verifiesATokensSignatureOnceAndChecksItsClaimsEveryTime() {
        String token = signed(key, clock.instant().plus(Duration.ofMinutes(10)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("person-1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("person-1");
        assertThat(keyLookups).hasValue(1);

        clock.advance(Duration.ofMinutes(11)); // expired since it was verified: the claims are checked again
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenAlteredInItsSignatureOrSignedByAnotherKeyIsRefusedThoughTheGenuineOneWasSeen() {
        String token = signed(key, clock.instant().plus(Duration.ofMinutes(10)));
        tokens.decode(token);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        String forged = signed(generate("signing"), clock.instant().plus(Duration.ofMinutes(10)));

        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(tampered)).as("a refusal is not kept as verified")
                .isInstanceOf(BadJwtException.class);
    }

    private VerifiedTokens tokens(RSAKey trusted) {
        JWKSource<SecurityContext> keys = (selector, context) -> {
            keyLookups.incrementAndGet();
            return new ImmutableJWKSet<SecurityContext>(new JWKSet(trusted.toPublicJWK())).get(selector, context);
        };
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new VerifiedTokens(NimbusJwtDecoder.withJwkSource(keys).build(), timestamps);
    }

    private static String signed(RSAKey key, Instant expiresAt) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var claims = JwtClaimsSet.builder().subject("person-1").issuedAt(expiresAt.minus(Duration.ofMinutes(15)))
                .expiresAt(expiresAt).audience(List.of("svuk-api")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID())
                .build(), claims)).getTokenValue();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
