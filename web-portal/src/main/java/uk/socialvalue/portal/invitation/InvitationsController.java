package uk.socialvalue.portal.invitation;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.signin.SignedInUser;

/** {@code /invitations}: the invitations of the contact's organisation, soonest meeting first, with the answers. */
@Controller
class InvitationsController {

    private final MembershipApi membership;

    InvitationsController(MembershipApi membership) {
        this.membership = membership;
    }

    @GetMapping("/invitations")
    String invitations(Model model) {
        SignedInUser user = SignedInUser.current();
        model.addAttribute("invitations", membership.invitationsOf(user.organisationId()).items().stream()
                .sorted(Comparator.comparing(MembershipApi.OrganisationInvitation::startsAt).reversed())
                .toList());
        return "invitation/invitations";
    }
}
