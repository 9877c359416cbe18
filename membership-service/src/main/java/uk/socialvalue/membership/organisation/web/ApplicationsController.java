package uk.socialvalue.membership.organisation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.Organisation;

/** Where organisations apply to join SVUK; open to anyone. */
@RestController
@Tag(name = "Applications")
class ApplicationsController {

    private final Memberships memberships;

    ApplicationsController(Memberships memberships) {
        this.memberships = memberships;
    }

    record ApplicationReceived(String organisationId, MembershipStatus status) {
    }

    @PostMapping("/api/applications")
    @Operation(summary = "Apply for membership", description = "A local authority is identified by its GSS code and "
            + "named from the UK council register; other organisations give their name and region. "
            + "409 with organisationId when the council already has an open membership.")
    ResponseEntity<ApplicationReceived> apply(@Valid @RequestBody ApplicationRequest request) {
        Organisation organisation = memberships.apply(request.toApplication());
        return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
                .body(new ApplicationReceived(organisation.id(), organisation.status()));
    }
}
