package uk.socialvalue.portal.account;

import org.springframework.security.core.context.SecurityContextHolder;

import uk.socialvalue.portal.signin.SignedInUser;

/** The signed-in contact of the request; the security rules let only contacts reach these pages. */
final class SignedIn {

    private SignedIn() {
    }

    static SignedInUser contact() {
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user
                && user.isContact()) {
            return user;
        }
        throw new IllegalStateException("Not signed in as a contact");
    }
}
