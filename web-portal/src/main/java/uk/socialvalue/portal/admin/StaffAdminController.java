package uk.socialvalue.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;
import uk.socialvalue.portal.signin.SignedInUser;

/**
 * SVUK's staff: who they are, adding someone (membership-service emails them a link to set a password), and
 * taking someone off (with a confirmation step; membership-service keeps the last administrator).
 */
@Controller
class StaffAdminController {

    private static final FormFields STAFF = FormFields.create()
            .field("name", "name", "Full name")
            .field("email", "email", "Email address");

    private final MembershipApi membership;

    StaffAdminController(MembershipApi membership) {
        this.membership = membership;
    }

    /** What was typed into the add-staff form, shown again after a refusal. */
    public record StaffForm(String name, String email) {
    }

    @GetMapping("/admin/staff")
    String staff(Model model) {
        model.addAttribute("staff", membership.staff());
        model.addAttribute("me", SignedInUser.current().personId());
        FormSubmission.showForm(model, () -> new StaffForm("", ""));
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        var form = new StaffForm(name.strip(), email.strip());
        return FormSubmission.submit(redirect, "/admin/staff", form, STAFF, () -> {
            membership.addStaff(form.name(), form.email());
            redirect.addFlashAttribute("notice", form.name() + " is now staff, and has been emailed a link to set a "
                    + "password.");
            return "redirect:/admin/staff";
        });
    }

    @GetMapping("/admin/staff/{personId}/remove")
    String confirmRemoval(@PathVariable String personId, Model model) {
        model.addAttribute("member", membership.staff().stream().filter(s -> s.personId().equals(personId))
                .findFirst().orElse(null));
        FormSubmission.showErrors(model);
        return "admin/staff-remove";
    }

    @PostMapping("/admin/staff/{personId}/remove")
    String remove(@PathVariable String personId, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/staff/" + personId + "/remove", null, FormFields.create(), () -> {
            membership.removeStaff(personId);
            redirect.addFlashAttribute("notice", "They are no longer staff, and can no longer sign in.");
            return "redirect:/admin/staff";
        });
    }
}
