package uk.socialvalue.portal.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.socialvalue.portal.signin.SignedInUser;

/**
 * What the layout needs on every page, error pages included (which no controller's model reaches): who is
 * signed in, where they are, and where GOV.UK Frontend's files are. The layout reads it as {@code @page}.
 */
@Component("page")
public class PageContext {

    private final FrontendAssets frontend;

    PageContext(FrontendAssets frontend) {
        this.frontend = frontend;
    }

    /** The signed-in person, or {@code null}. */
    public SignedInUser user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** The path the person asked for, also while an error page is shown for it. */
    public String path() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "";
        }
        HttpServletRequest request = attributes.getRequest();
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    public String stylesheet() {
        return frontend.stylesheetPath();
    }

    public String script() {
        return frontend.scriptPath();
    }
}
