package uk.socialvalue.membership.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.NoSuchOrganisation;
import uk.socialvalue.support.security.CurrentUser;

/** Organisations and SVUK staff's decisions on their memberships. */
@RestController
@Tag(name = "Organisations")
@SecurityRequirement(name = "bearer")
class OrganisationsController {

    private final Memberships memberships;

    OrganisationsController(Memberships memberships) {
        this.memberships = memberships;
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    record Cancellation(@Size(max = 2000) String reason) {
    }

    @GetMapping("/api/organisations/{id}")
    @Operation(summary = "One organisation, for SVUK staff or its own contacts (404 for anyone else)")
    OrganisationView organisation(@PathVariable String id, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(id)) {
            throw new NoSuchOrganisation(id); // not "forbidden": others may not learn which ids exist
        }
        return memberships.find(id).map(OrganisationView::of).orElseThrow(() -> new NoSuchOrganisation(id));
    }

    @PostMapping("/api/organisations/{id}/approval")
    @Operation(summary = "Approve an application (admin): the membership becomes ACTIVE for twelve months")
    OrganisationView approve(@PathVariable String id) {
        return OrganisationView.of(memberships.approve(id));
    }

    @PostMapping("/api/organisations/{id}/rejection")
    @Operation(summary = "Reject an application with a reason (admin)")
    OrganisationView reject(@PathVariable String id, @Valid @RequestBody Rejection rejection) {
        return OrganisationView.of(memberships.reject(id, rejection.reason()));
    }

    @PostMapping("/api/organisations/{id}/renewal")
    @Operation(summary = "Renew for twelve months from the current end date (admin)")
    OrganisationView renew(@PathVariable String id) {
        return OrganisationView.of(memberships.renew(id));
    }

    @PostMapping("/api/organisations/{id}/cancellation")
    @Operation(summary = "Cancel an application or a current membership (admin)")
    OrganisationView cancel(@PathVariable String id, @Valid @RequestBody(required = false) Cancellation cancellation) {
        return OrganisationView.of(memberships.cancel(id, cancellation == null ? null : cancellation.reason()));
    }
}
