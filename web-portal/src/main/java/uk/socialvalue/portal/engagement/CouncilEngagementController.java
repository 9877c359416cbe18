package uk.socialvalue.portal.engagement;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.UkFormats;
import uk.socialvalue.portal.signin.SignedInUser;

/**
 * {@code /account/engagement}: a council's own engagement record for its contacts' social value reporting, and its
 * two tables as CSV. The council is always the signed-in contact's own organisation's, never one named in the
 * request; membership-service checks again that the contact belongs to it.
 */
@Controller
class CouncilEngagementController {

    private final MembershipApi membership;
    private final UkFormats uk;
    private final Clock clock;

    CouncilEngagementController(MembershipApi membership, UkFormats uk, Clock clock) {
        this.membership = membership;
        this.uk = uk;
        this.clock = clock;
    }

    @GetMapping("/account/engagement")
    String ownRecord(Model model) {
        MembershipApi.Organisation organisation = ownOrganisation();
        if (organisation.gssCode() == null) {
            model.addAttribute("organisation", organisation);
            return "engagement/not-a-council";
        }
        model.addAttribute("engagement", CouncilRecordPage.forContacts(
                membership.engagementOfCouncil(organisation.gssCode()), uk));
        return "engagement/council";
    }

    @GetMapping("/account/engagement/by-month.csv")
    ResponseEntity<byte[]> trendAsCsv() {
        return download(membership::engagementTrendAsCsv, "by month");
    }

    @GetMapping("/account/engagement/by-course.csv")
    ResponseEntity<byte[]> coursesAsCsv() {
        return download(membership::engagementByCourseAsCsv, "by course");
    }

    private ResponseEntity<byte[]> download(Function<String, byte[]> table, String which) {
        MembershipApi.Organisation council = ownOrganisation();
        if (council.gssCode() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a council");
        }
        return CsvDownload.of(table.apply(council.gssCode()), council.name() + " " + which, clock);
    }

    private MembershipApi.Organisation ownOrganisation() {
        return membership.organisation(SignedInUser.current().organisationId());
    }
}
