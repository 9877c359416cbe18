package uk.socialvalue.training.member.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.training.member.MemberOrganisation;
import uk.socialvalue.training.member.MembershipProjection;

/** What training-service believes about an organisation's membership, which decides its prices. */
@RestController
@Tag(name = "Member organisations")
@SecurityRequirement(name = "bearer")
class MemberOrganisationsController {

    private final MembershipProjection projection;

    MemberOrganisationsController(MembershipProjection projection) {
        this.projection = projection;
    }

    record MemberOrganisationView(String organisationId, String name, String region, MembershipStatus status,
            boolean member, Instant updatedAt) {

        static MemberOrganisationView of(MemberOrganisation organisation) {
            return new MemberOrganisationView(organisation.organisationId(), organisation.name(),
                    organisation.region(), organisation.status(), organisation.isMember(), organisation.updatedAt());
        }
    }

    @GetMapping("/api/member-organisations/{organisationId}")
    @Operation(summary = "An organisation's membership as training-service knows it (admin, or its own contacts)")
    MemberOrganisationView organisation(@PathVariable String organisationId, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(organisationId)) {
            throw notFound(organisationId); // others may not learn which organisations exist
        }
        return projection.find(organisationId).map(MemberOrganisationView::of)
                .orElseThrow(() -> notFound(organisationId));
    }

    private static NotFound notFound(String organisationId) {
        return new NotFound("No membership known for organisation " + organisationId);
    }
}
