package uk.socialvalue.portal.signin;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.NotSignedIn;
import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.api.ServiceUnavailable;

/**
 * Checks an email and password by asking membership-service for an access token with them: the portal keeps
 * no passwords and no accounts of its own.
 */
class MembershipSignIn implements AuthenticationProvider {

    /** Signs out a little before the token expires, so no page is shown half-loaded with a dead token. */
    private static final long EXPIRY_MARGIN_SECONDS = 30;

    private final MembershipApi membership;
    private final JsonMapper json;
    private final Clock clock;

    MembershipSignIn(MembershipApi membership, JsonMapper json, Clock clock) {
        this.membership = membership;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getPrincipal()).strip();
        String password = String.valueOf(request.getCredentials());
        if (email.isEmpty() || password.isEmpty()) {
            throw new MissingCredentials(email.isEmpty() ? "email" : "password");
        }
        MembershipApi.AccessToken token;
        try {
            token = membership.signIn(email, password);
        } catch (ServiceProblem e) {
            if (e.status() == 429) {
                throw new TooManyAttempts(e.detail());
            }
            throw new BadCredentialsException("The email or password is not right");
        } catch (NotSignedIn e) {
            throw new BadCredentialsException("The email or password is not right");
        } catch (ServiceUnavailable e) {
            throw new AuthenticationServiceException("Signing in is not available right now", e);
        }
        AccessTokenClaims.Claims claims = AccessTokenClaims.read(token.access_token(), json);
        Instant byTtl = clock.instant().plusSeconds(Math.max(0, token.expires_in() - EXPIRY_MARGIN_SECONDS));
        Instant expiresAt = claims.expiresAt().isBefore(byTtl) ? claims.expiresAt() : byTtl;
        return new PortalAuthentication(claims.user(), token.access_token(), expiresAt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * membership-service refused to check the password for now: too many wrong ones for the address, or too many
     * attempts from the person's address. The page says so, with membership-service's words.
     */
    static final class TooManyAttempts extends BadCredentialsException {

        TooManyAttempts(String detail) {
            super(detail);
        }
    }

    /** The form came without an email or a password: the page names the field. */
    static final class MissingCredentials extends BadCredentialsException {

        private final String field;

        MissingCredentials(String field) {
            super("Missing " + field);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
