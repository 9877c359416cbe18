package uk.socialvalue.membership.engagement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.engagement.RegionalEngagement;
import uk.socialvalue.support.domain.NotFound;

/** Counts by region and status, and which councils of a region engage with SVUK (admin). */
@RestController
@Tag(name = "Engagement")
@SecurityRequirement(name = "bearer")
class EngagementController {

    private final RegionalEngagement engagement;

    EngagementController(RegionalEngagement engagement) {
        this.engagement = engagement;
    }

    record CouncilView(String gssCode, String name, String type, MembershipStatus status, String organisationId,
            boolean member) {
    }

    @GetMapping("/api/reports/regions")
    @Operation(summary = "Per region: councils in the register, member councils, councils never engaged, and "
            + "organisations by membership status")
    List<RegionalEngagement.RegionSummary> regions() {
        return engagement.regions();
    }

    @GetMapping("/api/reports/regions/{region}/councils")
    @Operation(summary = "Every council of a region and where it stands with SVUK (status null: never applied)")
    List<CouncilView> councils(@PathVariable String region) {
        var councils = engagement.councils(region);
        if (councils.isEmpty()) {
            throw new NotFound("No region called " + region);
        }
        return councils.stream().map(c -> new CouncilView(c.council().gssCode(), c.council().name(),
                c.council().type(), c.status().orElse(null), c.organisationId().orElse(null),
                c.status().filter(MembershipStatus::isMember).isPresent())).toList();
    }
}
