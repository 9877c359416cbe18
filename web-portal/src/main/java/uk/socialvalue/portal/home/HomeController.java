package uk.socialvalue.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.socialvalue.portal.api.MembershipApi;

/** What SVUK offers, for anyone; the membership fees come from membership-service. */
@Controller
class HomeController {

    private final MembershipApi membership;

    HomeController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("membershipTypes", membership.membershipTypes());
        return "home/home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
