package uk.socialvalue.portal.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import uk.socialvalue.portal.api.NotSignedIn;
import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.api.ServiceUnavailable;

/**
 * What a person sees when a service says no or is not there: a friendly page with the right status, never a
 * stack trace. A service that is down or failing is logged; an expired sign-in goes back to the sign-in page.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ServiceUnavailable.class)
    ModelAndView unavailable(ServiceUnavailable e, HttpServletRequest request) {
        log.error("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return new ModelAndView("error/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(NotSignedIn.class)
    String signInAgain(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/sign-in?expired";
    }

    @ExceptionHandler(ServiceProblem.class)
    ModelAndView refused(ServiceProblem e) {
        return switch (e.status()) {
            case 403 -> new ModelAndView("error/403", HttpStatus.FORBIDDEN);
            case 404 -> new ModelAndView("error/404", HttpStatus.NOT_FOUND);
            default -> {
                ModelAndView page = new ModelAndView("error/refused", HttpStatus.valueOf(e.status()));
                page.addObject("detail", e.detail());
                yield page;
            }
        };
    }
}
