package uk.socialvalue.support.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The person making a request, as their access token describes them.
 *
 * @param personId        the token's subject
 * @param organisationId  the organisation they are a contact of, or {@code null} for SVUK staff
 * @param roles           what they may do
 */
public record CurrentUser(String personId, String organisationId, Set<Role> roles) {

    /** The claim holding the person's organisation id. */
    public static final String ORGANISATION_CLAIM = "org";
    /** The claim holding the person's roles. */
    public static final String ROLES_CLAIM = "roles";

    public static CurrentUser of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new IllegalStateException("Not authenticated with an SVUK access token");
    }

    public static CurrentUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        Set<Role> parsed = roles == null ? Set.of()
                : roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString(ORGANISATION_CLAIM), parsed);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Whether the person may manage the organisation: SVUK staff, or its primary contact. */
    public boolean administers(String organisationId) {
        return isAdmin() || (actsFor(organisationId) && roles.contains(Role.ORG_ADMIN));
    }

    /** Whether the person may act for the organisation: SVUK staff, or one of its own contacts. */
    public boolean actsFor(String organisationId) {
        return isAdmin() || (organisationId != null && organisationId.equals(this.organisationId));
    }
}
