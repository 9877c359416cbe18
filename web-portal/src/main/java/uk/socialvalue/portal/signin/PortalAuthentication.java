package uk.socialvalue.portal.signin;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in person in the portal: who they are and the access token the services know them by. It lives
 * in the server-side session (Spring Security keeps the security context there) and nowhere else: it is
 * never written to a page, a cookie or a URL, and {@link #getCredentials()} does not give the token away.
 */
public final class PortalAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final String accessToken;
    private final Instant expiresAt;

    PortalAuthentication(SignedInUser user, String accessToken, Instant expiresAt) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.user = user;
        this.accessToken = accessToken;
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return user.personId();
    }

    String accessToken() {
        return accessToken;
    }

    boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalAuthentication that && user.equals(that.user)
                && accessToken.equals(that.accessToken);
    }

    @Override
    public int hashCode() {
        return List.of(user, accessToken).hashCode();
    }

    @Override
    public String toString() {
        return "PortalAuthentication[" + user.personId() + ", " + user.roles() + ", until " + expiresAt + "]";
    }
}
