package uk.socialvalue.portal.signin;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.portal.api.AccessTokens;
import uk.socialvalue.portal.api.MembershipApi;

/**
 * Who may open which page. Public pages are open; {@code /admin} is for SVUK staff; a council's own pages are
 * for its contacts. Forms carry a CSRF token, except the RFC 8058 one-click unsubscribe that mailbox providers
 * post with no session (its signed token is the credential). The session cookie is {@code HttpOnly} and
 * {@code SameSite=Lax} (and {@code Secure} behind HTTPS: see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages anyone may open; the council's own pages and /admin need a sign-in. */
    static final String[] PUBLIC_PAGES = {"/", "/courses", "/courses/**", "/apply", "/apply/**", "/sign-in",
            "/account/set-password", "/account/password-set", "/account/forgotten-password",
            "/account/forgotten-password/**", "/rsvp", "/rsvp/**", "/unsubscribe/**", "/api/unsubscribe/**",
            "/accessibility", "/assets/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error"};

    static final String[] CONTACT_PAGES = {"/account", "/account/**", "/bookings", "/bookings/**",
            "/sessions/*/book", "/sessions/*/book/**", "/invitations"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuthenticationManager authenticationManager(MembershipApi membership, JsonMapper json, Clock clock) {
        return new ProviderManager(new MembershipSignIn(membership, json, clock));
    }

    /** The access token of whoever the current request is from, read from their session's security context. */
    @Bean
    AccessTokens accessTokens() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication instanceof PortalAuthentication signedIn
                    ? Optional.of(signedIn.accessToken()) : Optional.empty();
        };
    }

    @Bean
    SecurityFilterChain portal(HttpSecurity http, AuthenticationManager authenticationManager, Clock clock)
            throws Exception {
        var successHandler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication instanceof PortalAuthentication signedIn && signedIn.getPrincipal().isAdmin()
                        ? "/admin" : "/account";
            }
        };
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(pages -> pages
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(CONTACT_PAGES).hasAnyRole("ORG_ADMIN", "ORG_MEMBER")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(successHandler)
                        .failureHandler(new SignInFailureHandler()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies(SessionCookie.NAME))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new SignInFirst())
                        .accessDeniedHandler((request, response, denied) -> response.sendError(403)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod())
                        && request.getRequestURI().startsWith("/api/unsubscribe/")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new ExpiredSignInFilter(clock), SecurityContextHolderFilter.class)
                .build();
    }

    /**
     * Sends someone who is not signed in to the sign-in page; if their session has just run out, with a
     * message saying so.
     */
    private static final class SignInFirst extends LoginUrlAuthenticationEntryPoint {

        SignInFirst() {
            super("/sign-in");
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) {
            boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            return expired || request.getAttribute(ExpiredSignInFilter.EXPIRED) != null ? "/sign-in?expired" : "/sign-in";
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            response.sendRedirect(determineUrlToUseForThisRequest(request, response, exception));
        }
    }
}
