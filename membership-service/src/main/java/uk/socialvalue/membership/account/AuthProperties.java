package uk.socialvalue.membership.account;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How membership-service issues tokens.
 *
 * @param issuer          the {@code iss} of every token, which the resource servers check
 * @param signingKeyFile  a JSON Web Key file holding the RSA signing key; created on first start if missing.
 *                        Without it a key is made for this process only and tokens die with it.
 * @param accessTokenTtl  how long an access token lasts
 * @param setupLinkTtl    how long a set-password link sent on approval, to a new contact or to new staff lasts
 * @param resetLinkTtl    how long a link sent on request ("Forgotten your password?") lasts
 */
@ConfigurationProperties("svuk.auth")
public record AuthProperties(String issuer, Path signingKeyFile, @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("72h") Duration setupLinkTtl, @DefaultValue("1h") Duration resetLinkTtl) {

    /** The audience of access tokens for the SVUK APIs. */
    public static final String API_AUDIENCE = "svuk-api";
}
