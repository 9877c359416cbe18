package uk.socialvalue.support.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import uk.socialvalue.support.security.CurrentUser;

/**
 * Records every state-changing request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) that a
 * signed-in person made and that succeeded (2xx), in the {@link AuditLog}: who, when, the request's path
 * pattern as the action, the organisation concerned (from the path, else the person's own) and the ids in the
 * path. One place for every controller of every service, so no action can be forgotten.
 * <p>
 * It is written after the change, in a second write: a crash between the two loses the entry (the log says so
 * at error level if the write fails).
 */
public class AuditingInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditingInterceptor.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SECRET_VARIABLES = Set.of("token");

    private final AuditLog audit;
    private final Clock clock;

    public AuditingInterceptor(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!CHANGING.contains(request.getMethod()) || failure != null || response.getStatus() >= 300) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return; // anonymous: applications, RSVP and set-password links, unsubscribes
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> details = new LinkedHashMap<>(variables == null ? Map.of() : variables);
        details.keySet().removeIf(SECRET_VARIABLES::contains); // an RSVP token in a path is a secret, never an id
        details.put("status", String.valueOf(response.getStatus()));
        String path = pattern == null ? request.getRequestURI() : pattern.toString();
        CurrentUser user = CurrentUser.of(token.getToken());
        var entry = new AuditEntry(clock.instant(),
                new AuditEntry.Actor(user.personId(), token.getToken().getClaimAsString("email")),
                request.getMethod() + " " + path, organisationOf(path, variables, user), details);
        try {
            audit.record(entry);
        } catch (RuntimeException e) {
            log.error("Could not record in the audit log: {} by {}", entry.action(), user.personId(), e);
        }
    }

    private static String organisationOf(String path, Map<String, String> variables, CurrentUser user) {
        if (variables != null && variables.containsKey("organisationId")) {
            return variables.get("organisationId");
        }
        if (variables != null && path.startsWith("/api/organisations/{id}")) {
            return variables.get("id");
        }
        return user.organisationId();
    }
}
