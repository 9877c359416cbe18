package uk.socialvalue.portal.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * {@code /apply}: a council picked from the register or another organisation, the contact's details and the
 * membership type with its fee; then the answers to check; then membership-service's decision on the input.
 * The form's button goes to the check page; {@code POST /apply} sends the application, so a script can post
 * the public contract's fields to it directly.
 */
@Controller
class ApplicationController {

    private static final String DRAFT = "application.draft";

    static final Map<String, String> ORGANISATION_TYPES = Map.of(
            "LOCAL_AUTHORITY", "A council (local authority)",
            "PUBLIC_BODY", "Another public body",
            "HOUSING_ASSOCIATION", "A housing association",
            "CHARITY_OR_SOCIAL_ENTERPRISE", "A charity or social enterprise",
            "BUSINESS", "A business",
            "INDIVIDUAL_PRACTITIONER", "An individual practitioner");

    static final FormFields FIELDS = FormFields.create()
            .field("organisation.type", "organisationType", "Type of organisation")
            .field("organisation.gssCode", "gssCode", "Council")
            .field("organisation.name", "organisationName", "Organisation name")
            .field("organisation.region", "region", "Region")
            .field("contact.name", "name", "Full name")
            .field("contact.email", "email", "Email address")
            .field("contact.jobTitle", "jobTitle", "Job title")
            .field("membershipType", "membershipType", "Membership type");

    private final MembershipApi membership;

    ApplicationController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/apply")
    String form(Model model, HttpSession session) {
        if (!model.containsAttribute("form")) {
            Object draft = session.getAttribute(DRAFT);
            model.addAttribute("form", draft instanceof ApplicationForm form ? form : new ApplicationForm());
        }
        FormSubmission.showErrors(model);
        addChoices(model);
        return "application/apply";
    }

    @PostMapping("/apply/check")
    String check(@ModelAttribute ApplicationForm form, HttpSession session, RedirectAttributes redirect) {
        FormErrors missing = form.missing();
        if (missing.any()) {
            return FormSubmission.invalid(redirect, "/apply", form, missing);
        }
        session.setAttribute(DRAFT, form);
        return "redirect:/apply/check";
    }

    @GetMapping("/apply/check")
    String answers(HttpSession session, Model model) {
        if (!(session.getAttribute(DRAFT) instanceof ApplicationForm form)) {
            return "redirect:/apply";
        }
        model.addAttribute("form", form);
        model.addAttribute("organisationTypeLabel", ORGANISATION_TYPES.getOrDefault(form.getOrganisationType(), ""));
        model.addAttribute("council", membership.councils().stream()
                .filter(council -> council.gssCode().equals(form.getGssCode())).findFirst().orElse(null));
        model.addAttribute("membershipType", membership.membershipTypes().stream()
                .filter(type -> type.code().equals(form.getMembershipType())).findFirst().orElse(null));
        return "application/check";
    }

    @PostMapping("/apply")
    String apply(@ModelAttribute ApplicationForm form, HttpSession session, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/apply", form, FIELDS, () -> {
            MembershipApi.ApplicationReceived received = membership.apply(form.toApplication());
            session.removeAttribute(DRAFT);
            redirect.addFlashAttribute("email", form.getEmail());
            redirect.addFlashAttribute("organisationId", received.organisationId());
            return "redirect:/apply/confirmation";
        });
    }

    @GetMapping("/apply/confirmation")
    String confirmation(Model model) {
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", null);
        }
        return "application/confirmation";
    }

    private void addChoices(Model model) {
        model.addAttribute("organisationTypes", ORGANISATION_TYPES.entrySet().stream()
                .sorted(Comparator.comparing(entry -> order(entry.getKey()))).toList());
        List<MembershipApi.Council> councils = membership.councils().stream()
                .sorted(Comparator.comparing(MembershipApi.Council::name)).toList();
        model.addAttribute("councils", councils);
        model.addAttribute("regions", membership.regions());
        model.addAttribute("membershipTypes", membership.membershipTypes());
    }

    private static int order(String type) {
        return List.of("LOCAL_AUTHORITY", "PUBLIC_BODY", "HOUSING_ASSOCIATION", "CHARITY_OR_SOCIAL_ENTERPRISE",
                "BUSINESS", "INDIVIDUAL_PRACTITIONER").indexOf(type);
    }
}
