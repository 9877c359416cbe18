package uk.socialvalue.portal.admin;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.portal.api.AuditLog;
import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.NotificationApi;
import uk.socialvalue.portal.api.TrainingApi;

/**
 * The audit logs: who did what and when, for which organisation, newest first. Each service keeps its own
 * (memberships, contacts and staff; sessions, bookings and attendance; resent emails); the page shows one at a
 * time, filtered by organisation or person.
 */
@Controller
class AuditAdminController {

    private static final int PAGE_SIZE = 25;
    private static final List<String> SERVICES = List.of("membership", "training", "notification");

    private final MembershipApi membership;
    private final TrainingApi training;
    private final NotificationApi notification;

    AuditAdminController(MembershipApi membership, TrainingApi training, NotificationApi notification) {
        this.membership = membership;
        this.training = training;
        this.notification = notification;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "membership") String service,
            @RequestParam(defaultValue = "") String organisationId, @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String chosen = SERVICES.contains(service) ? service : "membership";
        var query = new AuditLog.Query(organisationId.strip(), actor.strip(), Math.max(0, page), PAGE_SIZE);
        AuditLog found = switch (chosen) {
            case "training" -> training.audit(query);
            case "notification" -> notification.audit(query);
            default -> membership.audit(query);
        };
        model.addAttribute("services", Map.of("membership", "Memberships, contacts and staff",
                "training", "Courses, sessions and bookings", "notification", "Emails resent"));
        model.addAttribute("serviceOrder", SERVICES);
        model.addAttribute("service", chosen);
        model.addAttribute("query", query);
        model.addAttribute("found", found);
        return "admin/audit";
    }
}
