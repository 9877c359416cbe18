package uk.socialvalue.portal.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.socialvalue.portal.signin.SignedInUser;

/** What the layout needs on every page: who is signed in (or {@code null}) and where they are. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("user")
    SignedInUser user() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
