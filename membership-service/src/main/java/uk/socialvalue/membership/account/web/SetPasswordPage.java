package uk.socialvalue.membership.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.support.domain.InvalidField;

/**
 * The page the link in a welcome email opens. Opening it changes nothing (mail scanners follow every link);
 * only submitting the form sets the password. The form carries the token, which is the secret that proves
 * the request comes from the link's owner.
 */
@Controller
class SetPasswordPage {

    private final Accounts accounts;

    SetPasswordPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/set-password")
    String form(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "account/set-password";
    }

    @PostMapping("/account/set-password")
    String submit(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model) {
        model.addAttribute("token", token);
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "The two passwords are not the same.");
            model.addAttribute("errorField", "password");
            return "account/set-password";
        }
        try {
            accounts.setPassword(token, password);
            return "account/password-set";
        } catch (InvalidField e) {
            model.addAttribute("error", Accounts.PASSWORD.equals(e.field()) ? "Your password " + e.getMessage() + "."
                    : e.getMessage());
            model.addAttribute("errorField", e.field());
            return "account/set-password";
        }
    }
}
