package uk.socialvalue.portal.signin;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in whose access token has run out: the session is invalidated, so a page that needs a sign-in
 * sends the person to the sign-in page with a message, and a public page is shown to them as to anyone.
 */
class ExpiredSignInFilter extends OncePerRequestFilter {

    static final String EXPIRED = ExpiredSignInFilter.class.getName() + ".EXPIRED";

    private final Clock clock;

    ExpiredSignInFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PortalAuthentication signedIn
                && signedIn.hasExpired(clock.instant())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.setAttribute(EXPIRED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
