package uk.socialvalue.support.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A {@link JwtDecoder} that checks a token's RS256 signature once and its claims on every request.
 * <p>
 * Verifying the signature was a fifth of a service's CPU under load: a client sends the same token with every
 * request for as long as it lives. The tokens whose signature verified are kept (Caffeine, bounded in number
 * and for {@link #KEPT_FOR}), keyed by the whole token, so a token that differs in any byte is verified afresh;
 * the checks on its claims (expiry, issuer, audience, revocation) run on every decode, cached or not. A key
 * withdrawn from the JWKS stops verifying new tokens at once and tokens already seen within {@link #KEPT_FOR}.
 */
public final class VerifiedTokens implements JwtDecoder {

    /** How long a verified signature is trusted without verifying it again. */
    public static final Duration KEPT_FOR = Duration.ofMinutes(5);
    /** How many tokens are kept at most: far more than the people active in a few minutes. */
    static final int KEPT = 10_000;

    private final NimbusJwtDecoder signatures;
    private final OAuth2TokenValidator<Jwt> checks;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(KEPT_FOR)
            .build();

    /**
     * @param signatures  verifies a token's signature and parses it; its own claim checks are replaced by none
     * @param checks      the checks of the claims, run on every decode
     */
    public VerifiedTokens(NimbusJwtDecoder signatures, OAuth2TokenValidator<Jwt> checks) {
        signatures.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        this.signatures = signatures;
        this.checks = checks;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.get(token, signatures::decode);
        OAuth2TokenValidatorResult result = checks.validate(jwt);
        if (result.hasErrors()) {
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return jwt;
    }
}
