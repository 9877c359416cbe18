package uk.socialvalue.membership.organisation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.throttling.Throttling;

/** Where organisations apply to join SVUK; open to anyone. */
@RestController
@Tag(name = "Applications")
class ApplicationsController {

    private final Memberships memberships;
    private final Throttling throttling;

    ApplicationsController(Memberships memberships, Throttling throttling) {
        this.memberships = memberships;
        this.throttling = throttling;
    }

    record ApplicationReceived(String organisationId, MembershipStatus status) {
    }

    @PostMapping("/api/applications")
    @Operation(summary = "Apply for membership", description = "A local authority is identified by its GSS code and "
            + "named from the UK council register; other organisations give their name and region. "
            + "409 with organisationId when the council already has an open membership; 429 with Retry-After "
            + "when one client address applies too often.")
    ResponseEntity<ApplicationReceived> apply(@Valid @RequestBody ApplicationRequest request,
            HttpServletRequest http) {
        throttling.applicationFrom(http.getRemoteAddr());
        Organisation organisation = memberships.apply(request.toApplication());
        return ResponseEntity.created(URI.create("/api/organisations/" + organisation.id()))
                .body(new ApplicationReceived(organisation.id(), organisation.status()));
    }
}
