package uk.socialvalue.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * Changing one's own password, for anyone signed in (staff and contacts). membership-service revokes every
 * access token the person held, the portal's included, so the portal signs them out and asks them to sign in
 * with the new password.
 */
@Controller
class ChangePasswordController {

    private static final FormFields CHANGE = FormFields.create()
            .field("currentPassword", "currentPassword", "Your current password")
            .field("password", "password", "Your new password");

    private final MembershipApi membership;

    ChangePasswordController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/change-password")
    String form(Model model) {
        FormSubmission.showErrors(model);
        return "account/change-password";
    }

    @PostMapping("/change-password")
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (currentPassword.isEmpty()) {
            return FormSubmission.invalid(redirect, "/change-password", null,
                    FormErrors.of("currentPassword", "Enter your current password"));
        }
        if (password.isEmpty()) {
            return FormSubmission.invalid(redirect, "/change-password", null,
                    FormErrors.of("password", "Enter a new password"));
        }
        if (!password.equals(confirmation)) {
            return FormSubmission.invalid(redirect, "/change-password", null,
                    FormErrors.of("confirmation", "The two new passwords are not the same: type them again"));
        }
        // Never the form itself: it holds passwords.
        return FormSubmission.submit(redirect, "/change-password", null, CHANGE, () -> {
            membership.changePassword(currentPassword, password);
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return "redirect:/sign-in?password-changed";
        });
    }
}
