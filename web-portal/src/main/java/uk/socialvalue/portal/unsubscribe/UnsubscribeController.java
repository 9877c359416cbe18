package uk.socialvalue.portal.unsubscribe;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.socialvalue.portal.api.NotificationApi;
import uk.socialvalue.portal.api.ServiceProblem;

/**
 * Unsubscribing from one category of non-essential email with the signed token from the email. The emails
 * link to {@code <base>/api/unsubscribe/<token>}; with notification-service's public base URL set to the portal,
 * a person's click opens this page (which changes nothing: link scanners follow every GET) and its button
 * unsubscribes, while mailbox providers' RFC 8058 one-click {@code POST} to the same address is passed on to
 * notification-service without a session or CSRF token, the signed token being the credential.
 */
@Controller
class UnsubscribeController {

    private final NotificationApi notifications;

    UnsubscribeController(NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GetMapping({"/api/unsubscribe/{token}", "/unsubscribe/{token}"})
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        keepPrivate(response);
        try {
            model.addAttribute("unsubscription", notifications.unsubscription(token));
        } catch (ServiceProblem e) {
            if (e.isInvalidInput() || e.isNotFound()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "unsubscribe/invalid";
            }
            throw e;
        }
        model.addAttribute("token", token);
        return "unsubscribe/unsubscribe";
    }

    /** The page's button: post-redirect-get back to the page, which now says it is done. */
    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, RedirectAttributes redirect, HttpServletResponse response) {
        keepPrivate(response);
        try {
            notifications.unsubscribe(token);
        } catch (ServiceProblem e) {
            if (!e.isInvalidInput()) {
                throw e;
            }
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:" + UriComponentsBuilder.fromPath("/unsubscribe/{token}").buildAndExpand(token).encode()
                .toUriString();
    }

    /** RFC 8058 one-click: a mailbox provider's POST, answered plainly. */
    @PostMapping(path = "/api/unsubscribe/{token}")
    ResponseEntity<String> oneClick(@PathVariable String token) {
        try {
            notifications.unsubscribe(token);
        } catch (ServiceProblem e) {
            if (e.isInvalidInput()) {
                return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                        .body("This unsubscribe link is not valid.");
            }
            throw e;
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Unsubscribed.");
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
