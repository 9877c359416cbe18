package uk.socialvalue.portal.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.socialvalue.portal.api.DeadLetters;
import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.api.NotificationApi;
import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.Paged;

/** {@code /admin}: what needs staff's attention, and the way to everything else. */
@Controller
class AdminHomeController {

    private final MembershipApi membership;
    private final TrainingApi training;
    private final NotificationApi notifications;

    AdminHomeController(MembershipApi membership, TrainingApi training, NotificationApi notifications) {
        this.membership = membership;
        this.training = training;
        this.notifications = notifications;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("pendingApplications", membership.organisations(
                new MembershipApi.OrganisationQuery("PENDING_APPROVAL", null, null, null, 0, 1)).total());
        model.addAttribute("renewalsDue", membership.renewalsDueCount(MembershipAdminController.RENEWAL_WINDOW_DAYS));
        model.addAttribute("failedEmails", notifications.notifications(
                new NotificationApi.NotificationQuery(null, "FAILED", null, 0, 1)).total());
        // The count of a first page: training-service lists sessions a page at a time, without a total.
        Paged<TrainingApi.Session> upcoming = Paged.of(0, TrainingApi.PAGE_SIZE,
                (page, size) -> training.sessions(null, page, size));
        model.addAttribute("upcomingSessions", upcoming.items().size() + (upcoming.hasNext() ? "+" : ""));
        return "admin/home";
    }

    /** One service's dead letters. */
    record ServiceDeadLetters(String service, DeadLetters deadLetters) {
    }

    @GetMapping("/admin/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute("services", List.of(
                new ServiceDeadLetters("membership-service", membership.deadLetters()),
                new ServiceDeadLetters("training-service", training.deadLetters()),
                new ServiceDeadLetters("notification-service", notifications.deadLetters())));
        return "admin/dead-letters";
    }
}
