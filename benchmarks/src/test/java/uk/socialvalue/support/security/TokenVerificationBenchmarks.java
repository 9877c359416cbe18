package uk.socialvalue.support.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import uk.socialvalue.support.security.revocation.RevokedTokens;
import uk.socialvalue.support.test.TestTokens;

/**
 * What every authenticated request to a service costs before its controller runs: the bearer token decoded and
 * checked by {@link VerifiedTokens}, the first time a token is seen (its RS256 signature verified, then its claims
 * checked) and every time after (the verified token kept, its claims checked again). The bookings of one client
 * all carry one token, so the second figure is what the booking load pays; the first is what a fresh token costs.
 * <p>
 * The decoder and its checks are those of service-support's resource-server set-up (issuer, expiry, audience,
 * revocations), on a token signed as membership-service signs them; the keys are fetched once from the issuer's
 * JWKS and kept, as in the services.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenVerificationBenchmarks {

    private TestTokens issuer;
    private String token;
    private NimbusJwtDecoder signatures;
    private OAuth2TokenValidator<Jwt> checks;
    private VerifiedTokens tokens;

    @Setup
    public void issueAToken() throws MalformedURLException {
        issuer = new TestTokens();
        token = issuer.token(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Grace Hopper",
                "grace.hopper@salford.example", Role.ORG_ADMIN);
        signatures = NimbusJwtDecoder.withJwkSource(JWKSourceBuilder.<SecurityContext>create(
                URI.create(issuer.jwkSetUri()).toURL()).refreshAheadCache(true).build()).build();
        checks = new DelegatingOAuth2TokenValidator<>(List.of(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(TestTokens.AUDIENCE)),
                new RevokedTokens(Duration.ofMinutes(20), Clock.systemUTC())));
        tokens = new VerifiedTokens(signatures, checks); // from here on, the signatures' decoder checks no claims
        tokens.decode(token);
    }

    @TearDown
    public void stopTheIssuer() {
        issuer.close();
    }

    /** A token seen for the first time: what {@link VerifiedTokens#decode} does when it does not hold it yet. */
    @Benchmark
    public Jwt firstTime() {
        Jwt jwt = signatures.decode(token);
        if (checks.validate(jwt).hasErrors()) {
            throw new IllegalStateException("The token should be valid");
        }
        return jwt;
    }

    /** The same token again: its verified signature kept, its claims checked. */
    @Benchmark
    public Jwt cached() {
        return tokens.decode(token);
    }
}
