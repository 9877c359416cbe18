package uk.socialvalue.portal.engagement;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.portal.api.MembershipApi;
import uk.socialvalue.portal.pages.UkFormats;

/**
 * SVUK staff's engagement pages: every region and nation, each council of a region, and one council's record,
 * each table also as a CSV download from membership-service.
 */
@Controller
class EngagementAdminController {

    private final MembershipApi membership;
    private final UkFormats uk;
    private final Clock clock;

    EngagementAdminController(MembershipApi membership, UkFormats uk, Clock clock) {
        this.membership = membership;
        this.uk = uk;
        this.clock = clock;
    }

    @GetMapping("/admin/engagement")
    String regions(Model model) {
        model.addAttribute("engagement", RegionsPage.of(membership.engagementByRegion()));
        return "engagement/regions";
    }

    @GetMapping("/admin/engagement/regions.csv")
    ResponseEntity<byte[]> regionsAsCsv() {
        return CsvDownload.of(membership.engagementByRegionAsCsv(), "by region", clock);
    }

    @GetMapping("/admin/engagement/{region}")
    String region(@PathVariable String region, Model model) {
        String name = regionNamed(region);
        model.addAttribute("engagement", new RegionPage(name, membership.engagementOfRegion(name)));
        return "engagement/region";
    }

    @GetMapping("/admin/engagement/{region}/councils.csv")
    ResponseEntity<byte[]> regionAsCsv(@PathVariable String region) {
        String name = regionNamed(region);
        return CsvDownload.of(membership.engagementOfRegionAsCsv(name), name, clock);
    }

    @GetMapping("/admin/engagement/councils/{gssCode}")
    String council(@PathVariable String gssCode, Model model) {
        model.addAttribute("engagement", CouncilRecordPage.forStaff(membership.engagementOfCouncil(gssCode), uk));
        return "engagement/council";
    }

    @GetMapping("/admin/engagement/councils/{gssCode}/by-month.csv")
    ResponseEntity<byte[]> councilTrendAsCsv(@PathVariable String gssCode) {
        return CsvDownload.of(membership.engagementTrendAsCsv(gssCode), gssCode + " by month", clock);
    }

    @GetMapping("/admin/engagement/councils/{gssCode}/by-course.csv")
    ResponseEntity<byte[]> councilCoursesAsCsv(@PathVariable String gssCode) {
        return CsvDownload.of(membership.engagementByCourseAsCsv(gssCode), gssCode + " by course", clock);
    }

    /** The register's name for a region given as in its page's address ({@code north-west}) or as named. */
    private String regionNamed(String region) {
        String wanted = Slug.of(region);
        return membership.regions().stream().filter(name -> Slug.of(name).equals(wanted)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region));
    }
}
