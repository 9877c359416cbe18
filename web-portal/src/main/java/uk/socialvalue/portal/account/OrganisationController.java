package uk.socialvalue.portal.account;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;
import uk.socialvalue.portal.signin.SignedInUser;

/**
 * {@code /account}: the contact's organisation, its membership and contacts. The primary contact adds and
 * removes contacts and hands the role over; membership-service decides who may, and the pages offer those
 * actions to the person its organisation record names as primary.
 */
@Controller
class OrganisationController {

    private static final FormFields CONTACT = FormFields.create()
            .field("name", "name", "Full name")
            .field("email", "email", "Email address")
            .field("jobTitle", "jobTitle", "Job title");

    /** Statuses in which the membership counts, so that renewing is what comes next. */
    private static final Set<String> CURRENT = Set.of("ACTIVE", "GRACE");

    private final MembershipApi membership;

    OrganisationController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/account")
    String account(Model model) {
        SignedInUser user = SignedInUser.current();
        MembershipApi.Organisation organisation = membership.organisation(user.organisationId());
        model.addAttribute("organisation", organisation);
        MembershipApi.Contact me = organisation.contact(user.personId());
        model.addAttribute("me", me);
        model.addAttribute("managesContacts", me != null && me.isPrimary());
        LocalDate endsOn = organisation.membershipEndsOn();
        model.addAttribute("renewalDue", CURRENT.contains(organisation.status()) && endsOn != null
                && !endsOn.isAfter(LocalDate.now(UkTime.ZONE).plusDays(60)));
        return "account/account";
    }

    @GetMapping("/account/contacts/new")
    String newContact(Model model) {
        FormSubmission.showForm(model, () -> new ContactForm());
        return "account/add-contact";
    }

    @PostMapping("/account/contacts")
    String addContact(@ModelAttribute ContactForm form, RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current();
        return FormSubmission.submit(redirect, "/account/contacts/new", form, CONTACT, () -> {
            MembershipApi.Contact added = membership.addContact(user.organisationId(), form.getName(),
                    form.getEmail(), form.getJobTitle());
            redirect.addFlashAttribute("notice", added.name() + " has been added. We have emailed them a link to "
                    + "set their password.");
            return "redirect:/account";
        });
    }

    @GetMapping("/account/contacts/{personId}/remove")
    String confirmRemoval(@PathVariable String personId, Model model) {
        MembershipApi.Organisation organisation = membership.organisation(SignedInUser.current().organisationId());
        MembershipApi.Contact contact = organisation.contact(personId);
        if (contact == null) {
            return "redirect:/account";
        }
        model.addAttribute("contact", contact);
        return "account/remove-contact";
    }

    @PostMapping("/account/contacts/{personId}/remove")
    String remove(@PathVariable String personId, RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current();
        return FormSubmission.submit(redirect, "/account/contacts/" + personId + "/remove", null, FormFields.create(),
                () -> {
                    membership.removeContact(user.organisationId(), personId);
                    redirect.addFlashAttribute("notice", "The contact has been removed. Their account is closed.");
                    return "redirect:/account";
                });
    }

    @GetMapping("/account/primary-contact")
    String choosePrimary(Model model) {
        SignedInUser user = SignedInUser.current();
        MembershipApi.Organisation organisation = membership.organisation(user.organisationId());
        model.addAttribute("candidates", organisation.contacts().stream().filter(c -> !c.isPrimary()).toList());
        FormSubmission.showErrors(model);
        return "account/primary-contact";
    }

    @PostMapping("/account/primary-contact")
    String handOver(@RequestParam(defaultValue = "") String personId, RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current();
        if (personId.isBlank()) {
            return FormSubmission.invalid(redirect, "/account/primary-contact", null,
                    FormErrors.of("personId", "Select who will be the primary contact"));
        }
        return FormSubmission.submit(redirect, "/account/primary-contact", null,
                FormFields.create().field("personId", "New primary contact"), () -> {
                    MembershipApi.Organisation organisation = membership.handOverPrimaryContact(user.organisationId(),
                            personId);
                    MembershipApi.Contact primary = organisation.contact(personId);
                    redirect.addFlashAttribute("notice", (primary == null ? "They" : primary.name())
                            + " is now the primary contact.");
                    return "redirect:/account";
                });
    }

    @GetMapping("/account/email-preferences")
    String preferences(Model model) {
        SignedInUser user = SignedInUser.current();
        MembershipApi.Organisation organisation = membership.organisation(user.organisationId());
        MembershipApi.Contact me = organisation.contact(user.personId());
        model.addAttribute("me", me);
        FormSubmission.showErrors(model);
        return "account/email-preferences";
    }

    @PostMapping("/account/email-preferences")
    String savePreferences(@RequestParam(defaultValue = "") String workingGroupInvitations,
            RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current();
        if (!workingGroupInvitations.equals("yes") && !workingGroupInvitations.equals("no")) {
            return FormSubmission.invalid(redirect, "/account/email-preferences", null, FormErrors.of(
                    "workingGroupInvitations", "Select whether you want working-group invitations"));
        }
        return FormSubmission.submit(redirect, "/account/email-preferences", null,
                FormFields.create().field("workingGroupInvitations", "Working-group invitations"), () -> {
                    membership.setWorkingGroupInvitations(user.organisationId(), user.personId(),
                            workingGroupInvitations.equals("yes"));
                    redirect.addFlashAttribute("notice", "Your email preferences have been saved.");
                    return "redirect:/account";
                });
    }
}
