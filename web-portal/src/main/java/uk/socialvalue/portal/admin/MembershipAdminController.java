package uk.socialvalue.portal.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * Applications (approve, or reject with a reason), organisations with filters and counts by region, one
 * organisation with its contacts and history (renew, cancel), and the renewals coming due.
 */
@Controller
class MembershipAdminController {

    private static final int PAGE_SIZE = 25;
    /** The work queues staff go through (applications, renewals): the most the API gives in a page. */
    private static final int QUEUE_PAGE_SIZE = 100;
    /** Renewals are listed from 60 days before the end, when the first reminder goes. */
    static final int RENEWAL_WINDOW_DAYS = 60;
    private static final FormFields REASON = FormFields.create().field("reason", "Reason");

    private final MembershipApi membership;

    MembershipAdminController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/admin/applications")
    String applications(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", membership.organisations(new MembershipApi.OrganisationQuery(
                "PENDING_APPROVAL", null, null, null, Math.max(0, page), QUEUE_PAGE_SIZE)));
        return "admin/applications";
    }

    @GetMapping("/admin/applications/{organisationId}")
    String application(@PathVariable String organisationId, Model model) {
        model.addAttribute("organisation", membership.organisation(organisationId));
        FormSubmission.showErrors(model);
        return "admin/application";
    }

    @PostMapping("/admin/applications/{organisationId}/approval")
    String approve(@PathVariable String organisationId, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/applications/" + organisationId, null, REASON, () -> {
            MembershipApi.Organisation approved = membership.approve(organisationId);
            redirect.addFlashAttribute("notice", approved.name() + " is now a member. Its primary contact has been "
                    + "emailed a link to set their password.");
            return "redirect:/admin/applications";
        });
    }

    @PostMapping("/admin/applications/{organisationId}/rejection")
    String reject(@PathVariable String organisationId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String page = "/admin/applications/" + organisationId;
        if (reason.isBlank()) {
            return FormSubmission.invalid(redirect, page, null,
                    FormErrors.of("reason", "Enter the reason, which is emailed to the applicant"));
        }
        redirect.addFlashAttribute("reason", reason);
        return FormSubmission.submit(redirect, page, null, REASON, () -> {
            MembershipApi.Organisation rejected = membership.reject(organisationId, reason.strip());
            redirect.addFlashAttribute("notice", "The application from " + rejected.name()
                    + " has been rejected. The applicant has been emailed the reason.");
            return "redirect:/admin/applications";
        });
    }

    @GetMapping("/admin/organisations")
    String organisations(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new MembershipApi.OrganisationQuery(status, region, type, q, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("found", membership.organisations(query));
        model.addAttribute("regions", membership.regions());
        model.addAttribute("report", membership.regionReport());
        model.addAttribute("statuses", List.of("PENDING_APPROVAL", "ACTIVE", "GRACE", "LAPSED", "REJECTED", "CANCELLED"));
        model.addAttribute("types", List.of("LOCAL_AUTHORITY", "PUBLIC_BODY", "HOUSING_ASSOCIATION",
                "CHARITY_OR_SOCIAL_ENTERPRISE", "BUSINESS", "INDIVIDUAL_PRACTITIONER"));
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/{organisationId}")
    String organisation(@PathVariable String organisationId, Model model) {
        model.addAttribute("organisation", membership.organisation(organisationId));
        FormSubmission.showErrors(model);
        return "admin/organisation";
    }

    @PostMapping("/admin/organisations/{organisationId}/renewal")
    String renew(@PathVariable String organisationId, RedirectAttributes redirect) {
        String page = "/admin/organisations/" + organisationId;
        return FormSubmission.submit(redirect, page, null, REASON, () -> {
            MembershipApi.Organisation renewed = membership.renew(organisationId);
            redirect.addFlashAttribute("notice", renewed.name() + " is renewed until "
                    + renewed.membershipEndsOn() + ".");
            return "redirect:" + page;
        });
    }

    @PostMapping("/admin/organisations/{organisationId}/cancellation")
    String cancel(@PathVariable String organisationId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String page = "/admin/organisations/" + organisationId;
        return FormSubmission.submit(redirect, page, null, REASON, () -> {
            MembershipApi.Organisation cancelled = membership.cancel(organisationId, reason.strip());
            redirect.addFlashAttribute("notice", cancelled.name() + "'s membership is cancelled.");
            return "redirect:" + page;
        });
    }

    @GetMapping("/admin/renewals")
    String renewals(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("due", membership.renewalsDue(RENEWAL_WINDOW_DAYS, Math.max(0, page), QUEUE_PAGE_SIZE));
        return "admin/renewals";
    }
}
