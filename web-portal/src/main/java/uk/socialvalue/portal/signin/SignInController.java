package uk.socialvalue.portal.signin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.portal.pages.FormSubmission;

/** The sign-in page; Spring Security handles the form's POST to the same path. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String expired, @RequestParam(name = "signed-out",
            required = false) String signedOut, @RequestParam(name = "password-changed", required = false)
            String passwordChanged, Authentication authentication, Model model) {
        if (authentication instanceof PortalAuthentication signedIn) {
            return signedIn.getPrincipal().isAdmin() ? "redirect:/admin" : "redirect:/account";
        }
        model.addAttribute("expired", expired != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordChanged", passwordChanged != null);
        FormSubmission.showErrors(model);
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", "");
        }
        return "signin/sign-in";
    }
}
