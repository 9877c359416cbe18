package uk.socialvalue.membership.organisation.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.security.CurrentUser;

/** Organisations and SVUK staff's decisions on their memberships. */
@RestController
@Validated
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

    /** What an approval or renewal may carry: the organisation's purchase-order number, quoted on its invoice. */
    record Invoicing(@Size(max = 50) @Pattern(regexp = "[\\p{Alnum} ./#_-]*",
            message = "may hold only letters, digits, spaces and . / # _ -") String purchaseOrder) {

        static String purchaseOrderOf(Invoicing invoicing) {
            return invoicing == null ? null : invoicing.purchaseOrder();
        }
    }

    record OrganisationSummaryView(String id, String name, MembershipStatus status, String region,
            OrganisationType type, String gssCode, LocalDate membershipEndsOn) {

        static OrganisationSummaryView of(Organisation organisation) {
            var details = organisation.details();
            return new OrganisationSummaryView(organisation.id(), details.name(), organisation.status(),
                    details.region(), details.type(), details.gssCode(), organisation.endsOn());
        }
    }

    record PageView<T>(List<T> items, int page, int size, long total) {
    }

    @GetMapping("/api/organisations")
    @Operation(summary = "Organisations filtered by status, region, type and part of the name, paged (admin)")
    PageView<OrganisationSummaryView> organisations(@RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String region, @RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = memberships.search(new Organisations.Query(status, region, type, q), page, size);
        return new PageView<>(found.items().stream().map(OrganisationSummaryView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/api/reports/renewals")
    @Operation(summary = "Memberships to renew: active ones ending within `days` (default 60), and those in grace, "
            + "soonest end first, a page at a time with the total (admin)")
    PageView<OrganisationSummaryView> renewalsDue(@RequestParam(defaultValue = "60") @Min(0) @Max(366) int days,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int size) {
        var found = memberships.renewalsDue(days, page, size);
        return new PageView<>(found.items().stream().map(OrganisationSummaryView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/api/organisations/{id}")
    @Operation(summary = "One organisation, for SVUK staff or its own contacts (404 for anyone else)")
    OrganisationView organisation(@PathVariable String id, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(id)) {
            throw new NotFound("No organisation " + id); // not "forbidden": others may not learn which ids exist
        }
        return memberships.find(id).map(OrganisationView::of).orElseThrow(() -> new NotFound("No organisation " + id));
    }

    @PostMapping("/api/organisations/{id}/approval")
    @Operation(summary = "Approve an application (admin): the membership becomes ACTIVE for twelve months and is "
            + "invoiced; an optional body {\"purchaseOrder\"} puts the organisation's purchase-order number on the invoice")
    OrganisationView approve(@PathVariable String id, @Valid @RequestBody(required = false) Invoicing invoicing) {
        return OrganisationView.of(memberships.approve(id, Invoicing.purchaseOrderOf(invoicing)));
    }

    @PostMapping("/api/organisations/{id}/rejection")
    @Operation(summary = "Reject an application with a reason (admin)")
    OrganisationView reject(@PathVariable String id, @Valid @RequestBody Rejection rejection) {
        return OrganisationView.of(memberships.reject(id, rejection.reason()));
    }

    @PostMapping("/api/organisations/{id}/renewal")
    @Operation(summary = "Renew for twelve months from the current end date (admin), which is invoiced; an optional "
            + "body {\"purchaseOrder\"} puts the organisation's purchase-order number on the invoice")
    OrganisationView renew(@PathVariable String id, @Valid @RequestBody(required = false) Invoicing invoicing) {
        return OrganisationView.of(memberships.renew(id, Invoicing.purchaseOrderOf(invoicing)));
    }

    @PostMapping("/api/organisations/{id}/cancellation")
    @Operation(summary = "Cancel an application or a current membership (admin)")
    OrganisationView cancel(@PathVariable String id, @Valid @RequestBody(required = false) Cancellation cancellation) {
        return OrganisationView.of(memberships.cancel(id, cancellation == null ? null : cancellation.reason()));
    }
}
