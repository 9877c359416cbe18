package uk.socialvalue.support.security.revocation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long revocations are remembered.
 *
 * @param window  at least the lifetime of an access token ({@code svuk.auth.access-token-ttl}, 1 h) plus the
 *                clock skew between instances: an older revocation concerns only expired tokens
 */
@ConfigurationProperties("svuk.revocations")
public record RevocationProperties(@DefaultValue("2h") Duration window) {
}
