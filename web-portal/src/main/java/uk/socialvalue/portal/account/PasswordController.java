package uk.socialvalue.portal.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.NotSignedIn;
import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.api.ServiceUnavailable;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * The set-password page the welcome and invitation emails link to ({@code /account/set-password?token=}), and
 * "forgotten your password?". Opening the link changes nothing (mail scanners open every link): only the form
 * sets the password, with the token as its proof. The token arrives in the address, so these pages are never
 * cached and never sent as a referrer, and the portal moves it into the session at once.
 */
@Controller
class PasswordController {

    private static final FormFields SET_PASSWORD = FormFields.create()
            .field("token", "token", "The link")
            .field("password", "password", "Your password");

    private static final String SETUP_TOKEN = "account.setupToken";

    private static final FormFields RESET = FormFields.create().field("email", "email", "Email address");

    private final MembershipApi membership;

    PasswordController(MembershipApi membership) {
        this.membership = membership;
    }

    /**
     * The emailed link. Its token is kept in the session and the browser is sent on to the same page without it,
     * so the token leaves the address bar and the history, and is never written into a page.
     */
    @GetMapping(path = "/account/set-password", params = "token")
    String fromLink(@RequestParam String token, HttpSession session, HttpServletResponse response) {
        keepPrivate(response);
        session.setAttribute(SETUP_TOKEN, token);
        return "redirect:/account/set-password";
    }

    @GetMapping("/account/set-password")
    String setPasswordForm(HttpSession session, Model model, HttpServletResponse response) {
        keepPrivate(response);
        model.addAttribute("hasLink", session.getAttribute(SETUP_TOKEN) instanceof String token && !token.isBlank());
        FormSubmission.showErrors(model);
        return "account/set-password";
    }

    /**
     * Sets the password with the link's token from the session, or with a {@code token} field posted by a script
     * that read the link itself.
     */
    @PostMapping("/account/set-password")
    String setPassword(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, HttpSession session, RedirectAttributes redirect) {
        String linkToken = token != null && !token.isBlank() ? token
                : session.getAttribute(SETUP_TOKEN) instanceof String kept ? kept : "";
        String back = "/account/set-password";
        if (password.isEmpty()) {
            return FormSubmission.invalid(redirect, back, null, FormErrors.of("password", "Enter a password"));
        }
        if (!password.equals(confirmation)) {
            return FormSubmission.invalid(redirect, back, null,
                    FormErrors.of("confirmation", "The two passwords are not the same: type them again"));
        }
        // Never the form itself: it holds the password.
        return FormSubmission.submit(redirect, back, null, SET_PASSWORD, () -> {
            membership.setPassword(linkToken, password);
            session.removeAttribute(SETUP_TOKEN);
            return "redirect:/account/password-set";
        });
    }

    @GetMapping("/account/password-set")
    String passwordSet() {
        return "account/password-set";
    }

    @GetMapping("/account/forgotten-password")
    String forgottenPasswordForm(Model model) {
        FormSubmission.showErrors(model);
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", "");
        }
        return "account/forgotten-password";
    }

    @PostMapping("/account/forgotten-password")
    String forgottenPassword(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        String address = email.strip();
        if (address.isEmpty()) {
            redirect.addFlashAttribute("email", "");
            return FormSubmission.invalid(redirect, "/account/forgotten-password", null,
                    FormErrors.of("email", "Enter your email address"));
        }
        redirect.addFlashAttribute("email", address);
        return FormSubmission.submit(redirect, "/account/forgotten-password", null, RESET, () -> {
            try {
                membership.requestPasswordReset(address);
            } catch (NotSignedIn e) {
                // An endpoint membership-service does not have is refused as unauthenticated: it offers no resets.
                throw new ServiceUnavailable("membership-service", "has no password-reset endpoint", e);
            } catch (ServiceProblem e) {
                if (e.isNotFound() || e.status() == 405) {
                    // membership-service does not offer resets (issue 14 not deployed): say so, do not pretend.
                    throw new ServiceUnavailable("membership-service", "has no password-reset endpoint", e);
                }
                throw e;
            }
            return "redirect:/account/forgotten-password/sent";
        });
    }

    @GetMapping("/account/forgotten-password/sent")
    String resetSent(Model model) {
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", null);
        }
        return "account/reset-sent";
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
