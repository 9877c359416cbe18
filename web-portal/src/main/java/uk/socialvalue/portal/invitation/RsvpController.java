package uk.socialvalue.portal.invitation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * The page an invitation email's Accept and Decline links open ({@code /rsvp/{token}?answer=ACCEPTED}). Opening
 * it changes nothing: mail filters open every link in an email, so only pressing a button (a POST) answers.
 * The token in the address is the secret, so the pages are never cached nor sent as a referrer.
 */
@Controller
class RsvpController {

    private final MembershipApi membership;

    RsvpController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/rsvp/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String answer, Model model,
            HttpServletResponse response) {
        keepPrivate(response);
        MembershipApi.TokenInvitation invitation;
        try {
            invitation = membership.invitation(token);
        } catch (ServiceProblem e) {
            if (e.isNotFound() || e.isInvalidInput()) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "invitation/not-found";
            }
            throw e;
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("suggested", answer == null ? null : answer.strip().toUpperCase(Locale.UK));
        FormSubmission.showErrors(model);
        return "invitation/rsvp";
    }

    /** Some mail systems rewrite links so that the token arrives as a query parameter. */
    @GetMapping("/rsvp")
    String showByQuery(@RequestParam(required = false) String token, @RequestParam(required = false) String answer,
            Model model, HttpServletResponse response) {
        if (token == null || token.isBlank()) {
            keepPrivate(response);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "invitation/not-found";
        }
        return show(token, answer, model, response);
    }

    @PostMapping("/rsvp/{token}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect, HttpServletResponse response) {
        keepPrivate(response);
        String page = UriComponentsBuilder.fromPath("/rsvp/{token}").buildAndExpand(token).encode().toUriString();
        String chosen = answer.strip().toUpperCase(Locale.UK);
        if (!chosen.equals("ACCEPTED") && !chosen.equals("DECLINED")) {
            redirect.addFlashAttribute("errors", FormErrors.of("answer", "Choose Accept or Decline"));
            return "redirect:" + page;
        }
        try {
            membership.answerInvitation(token, chosen);
        } catch (ServiceProblem e) {
            if (e.isConflict()) {
                redirect.addFlashAttribute("errors", FormErrors.problem("Your answer was not recorded: "
                        + e.detail() + "."));
                return "redirect:" + page;
            }
            if (e.isNotFound() || e.isInvalidInput()) {
                return "redirect:" + page;
            }
            throw e;
        }
        redirect.addFlashAttribute("answered", chosen);
        return "redirect:" + page;
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
