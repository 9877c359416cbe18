package uk.socialvalue.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security every SVUK API shares: stateless bearer tokens, no sessions or CSRF for the JSON API, the
 * operational endpoints open, and 401 and 403 answered as problem details. Each service adds its own rules.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    /**
     * The paths that anyone may call: health, API docs, the error page, and the stylesheet of the few pages a
     * service serves itself.
     */
    public static final String[] OPERATIONAL_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/assets/svuk-pages.css"};

    /**
     * Applies the shared setup, then the service's own rules, then requires authentication for anything the
     * rules left out.
     */
    public static HttpSecurity configure(HttpSecurity http, JsonMapper json,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, exception) -> write(response, json,
                HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        AccessDeniedHandler forbidden = (request, response, exception) -> write(response, json,
                HttpStatus.FORBIDDEN, "You are not allowed to do this.");
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(OPERATIONAL_PATHS).permitAll();
                    authorize.requestMatchers("/actuator/**", "/api/admin/**", "/api/audit").hasRole(Role.ADMIN.name());
                    rules.customize(authorize);
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
