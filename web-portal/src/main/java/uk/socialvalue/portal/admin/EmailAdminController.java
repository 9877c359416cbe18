package uk.socialvalue.portal.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.NotificationApi;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/** The email delivery log: what was sent to whom, what failed and why, and resending. */
@Controller
class EmailAdminController {

    private static final int PAGE_SIZE = 25;

    private final NotificationApi notifications;

    EmailAdminController(NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/emails")
    String emails(@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new NotificationApi.NotificationQuery(recipient, status, null, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("found", notifications.notifications(query));
        model.addAttribute("statuses", List.of("PENDING", "SENT", "FAILED", "SUPPRESSED"));
        return "admin/emails";
    }

    @PostMapping("/admin/emails/{notificationId}/resend")
    String resend(@PathVariable String notificationId, @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
        redirect.addAttribute("recipient", recipient);
        redirect.addAttribute("status", status);
        return FormSubmission.submit(redirect, "/admin/emails", null, FormFields.create(), () -> {
            NotificationApi.Notification resent = notifications.resend(notificationId);
            redirect.addFlashAttribute("notice", "The email to " + resent.recipient() + " is being sent again.");
            return "redirect:/admin/emails";
        });
    }
}
