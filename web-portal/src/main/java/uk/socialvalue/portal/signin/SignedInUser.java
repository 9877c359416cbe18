package uk.socialvalue.portal.signin;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, as their access token describes them; pages use it to choose what to show, while the
 * services decide what each person may do.
 *
 * @param personId        the token's subject
 * @param organisationId  the organisation they are a contact of; {@code null} for SVUK staff
 * @param roles           {@code ADMIN}, {@code ORG_ADMIN} (primary contact) or {@code ORG_MEMBER}
 */
public record SignedInUser(String personId, String organisationId, Set<String> roles, String name, String email)
        implements Serializable {

    /**
     * Who the current request is from. Call only where the security rules let signed-in people alone in (the
     * contact and staff pages).
     */
    public static SignedInUser current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new IllegalStateException("No one is signed in");
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isContact() {
        return organisationId != null && (roles.contains("ORG_ADMIN") || roles.contains("ORG_MEMBER"));
    }

    /** The primary contact, who manages the organisation's contacts. */
    public boolean isPrimaryContact() {
        return organisationId != null && roles.contains("ORG_ADMIN");
    }

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
