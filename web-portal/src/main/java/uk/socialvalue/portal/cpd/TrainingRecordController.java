package uk.socialvalue.portal.cpd;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;

/**
 * A person's CPD record and accreditation levels, found by their email address: a search form that sends a
 * {@code GET}, so the page can be bookmarked and needs no CSRF token. Contacts see what their own organisation's
 * bookings earned the person, staff see everything; training-service applies that rule, not the portal.
 */
@Controller
class TrainingRecordController {

    private static final FormFields FIELDS = FormFields.create().field("email", "Email address");

    private final TrainingApi training;

    TrainingRecordController(TrainingApi training) {
        this.training = training;
    }

    @GetMapping("/account/cpd")
    String forContacts(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("action", "/account/cpd");
        model.addAttribute("back", "/account");
        return record(email, model);
    }

    @GetMapping("/admin/cpd")
    String forStaff(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("action", "/admin/cpd");
        model.addAttribute("back", "/admin");
        return record(email, model);
    }

    private String record(String email, Model model) {
        String wanted = email.strip();
        model.addAttribute("email", wanted);
        model.addAttribute("errors", FormErrors.none());
        if (!wanted.isEmpty()) {
            try {
                model.addAttribute("cpd", training.cpd(wanted));
                model.addAttribute("accreditations", training.accreditations(wanted));
            } catch (ServiceProblem refusal) {
                if (!refusal.isInvalidInput()) {
                    throw refusal;
                }
                model.addAttribute("errors", FormErrors.from(refusal, FIELDS));
            }
        }
        return "cpd/record";
    }
}
