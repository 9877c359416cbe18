package uk.socialvalue.membership.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import uk.socialvalue.membership.account.AuthProperties;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.membership.account.Tokens;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.security.VerifiedTokens;
import uk.socialvalue.support.security.revocation.RevokedTokens;

/**
 * Signs and checks the access tokens membership-service issues for the SVUK APIs: RS256 JWTs signed with the
 * signing key of the {@link SigningKeys} (and checked with any of them), carrying the person's roles,
 * organisation and token version ({@code tv}), which every service checks against the revocations it has
 * heard of.
 */
public class JwtTokens implements Tokens {

    private final SigningKeys keys;
    private final RSAKey key;
    private final String issuer;
    private final Clock clock;
    private final JwtEncoder encoder;
    private final JwtDecoder accessDecoder;

    JwtTokens(SigningKeys keys, String issuer, Clock clock, OAuth2TokenValidator<Jwt> revocations) {
        this.keys = keys;
        this.key = keys.signing();
        this.issuer = issuer;
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.accessDecoder = decoder(AuthProperties.API_AUDIENCE, revocations);
    }

    /** The public halves of every key, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return keys.published();
    }

    /** Checks access tokens for this service's own API, as the other services do with the JWKS. */
    public JwtDecoder accessTokenDecoder() {
        return accessDecoder;
    }

    @Override
    public SignedToken accessToken(Person person, Duration ttl) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(AuthProperties.API_AUDIENCE))
                .subject(person.id())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("name", person.name())
                .claim("email", person.email())
                .claim(CurrentUser.ROLES_CLAIM, person.roles().stream().map(Role::name).sorted().toList())
                .claim(RevokedTokens.TOKEN_VERSION_CLAIM, person.tokenVersion());
        if (person.organisationId() != null) {
            claims.claim(CurrentUser.ORGANISATION_CLAIM, person.organisationId());
        }
        return signed(claims.build());
    }

    private SignedToken signed(JwtClaimsSet claims) {
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(header, claims));
        return new SignedToken(jwt.getTokenValue(), jwt.getExpiresAt());
    }

    private JwtDecoder decoder(String audience, OAuth2TokenValidator<Jwt> revocations) {
        // Any published key verifies: a token signed before a rotation stays good until it expires.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.published())).build();
        OAuth2TokenValidator<Jwt> audienceCheck = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(audience));
        var timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        return new VerifiedTokens(decoder, new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(issuer), audienceCheck, revocations));
    }
}
