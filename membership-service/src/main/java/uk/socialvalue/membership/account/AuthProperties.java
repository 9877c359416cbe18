package uk.socialvalue.membership.account;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How membership-service issues tokens.
 *
 * @param issuer          the {@code iss} of every token, which the resource servers check
 * @param signingKeyFile  a file holding the RSA signing keys as a JSON Web Key Set (or a single JSON Web Key),
 *                        shared by every instance; created with one new key on first start if missing
 * @param signingKeys     the same JSON Web Key Set given inline, e.g. from a secret in the environment
 *                        ({@code SVUK_AUTH_SIGNINGKEYS}); used instead of the file when set
 * @param signingKeyId    the {@code kid} of the key that signs; by default the first key of the set. The others
 *                        are published too, so that the next key can be announced before it signs and the
 *                        previous one still verifies after a rotation
 * @param accessTokenTtl  how long an access token lasts
 * @param setupLinkTtl    how long a set-password link sent on approval, to a new contact or to new staff lasts
 * @param resetLinkTtl    how long a link sent on request ("Forgotten your password?") lasts
 */
@ConfigurationProperties("svuk.auth")
public record AuthProperties(String issuer, Path signingKeyFile, String signingKeys, String signingKeyId,
        @DefaultValue("1h") Duration accessTokenTtl, @DefaultValue("72h") Duration setupLinkTtl,
        @DefaultValue("1h") Duration resetLinkTtl) {

    /** The audience of access tokens for the SVUK APIs. */
    public static final String API_AUDIENCE = "svuk-api";
}
