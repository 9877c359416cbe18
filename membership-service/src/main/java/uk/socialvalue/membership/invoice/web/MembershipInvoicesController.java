package uk.socialvalue.membership.invoice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.membership.invoice.InvoiceDocuments;
import uk.socialvalue.membership.invoice.MembershipInvoice;
import uk.socialvalue.membership.invoice.MembershipInvoices;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.VatAmounts;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.web.PageRequest;

/**
 * An organisation's membership invoices, for SVUK staff and the organisation's own contacts: the list newest
 * first, a page at a time, and each invoice as JSON or, with {@code Accept: application/pdf}, as PDF.
 */
@RestController
@Tag(name = "Invoices")
@SecurityRequirement(name = "bearer")
class MembershipInvoicesController {

    private static final Pattern NUMBER = Pattern.compile(MembershipInvoice.PREFIX + "-\\d{4}-\\d{2}-\\d{6}");

    private final MembershipInvoices invoices;
    private final InvoiceDocuments documents;
    private final OrganisationDirectory organisations;

    MembershipInvoicesController(MembershipInvoices invoices, InvoiceDocuments documents,
            OrganisationDirectory organisations) {
        this.invoices = invoices;
        this.documents = documents;
        this.organisations = organisations;
    }

    record InvoiceView(String number, MembershipInvoiceKind kind, LocalDate issuedOn, LocalDate dueOn,
            String seller, String vatNumber, String organisationId, String organisationName, Contact billingContact,
            String purchaseOrder, String membershipType, Period period, String description, String net, String vat,
            int vatRate, String gross, String currency) {

        static InvoiceView of(MembershipInvoice i) {
            return new InvoiceView(i.number(), i.kind(), i.issuedOn(), i.dueOn(), InvoiceSheet.SELLER, i.vatNumber(),
                    i.organisationId(), i.organisationName(), new Contact(i.contactName(), i.contactEmail()),
                    i.purchaseOrder(), i.membershipType(), new Period(i.periodFrom(), i.periodTo()),
                    i.lines().get(0).description(), i.amounts().net().toPlainString(),
                    i.amounts().vat().toPlainString(), VatAmounts.STANDARD_RATE_PERCENT,
                    i.amounts().gross().toPlainString(), VatAmounts.CURRENCY);
        }
    }

    record Contact(String name, String email) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    @GetMapping(path = "/api/organisations/{id}/invoices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The organisation's membership invoices, newest first (admin, or its contacts; others 403): "
            + "one for its approval and one for each renewal, numbered without gaps per UK financial year; "
            + "page from 0, size 1 to 100, a Link to the next page when this one is full")
    ResponseEntity<List<InvoiceView>> invoices(@PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Authentication authentication) {
        requireEntitled(id, authentication);
        PageRequest request = PageRequest.of(page, size);
        List<InvoiceView> found = invoices.ofOrganisation(id, request.page(), request.size()).stream()
                .map(InvoiceView::of).toList();
        return ResponseEntity.ok().headers(request.headers(found.size())).body(found);
    }

    @GetMapping(path = "/api/organisations/{id}/invoices/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One of the organisation's membership invoices (also as application/pdf)")
    InvoiceView invoice(@PathVariable String id, @PathVariable String number, Authentication authentication) {
        return InvoiceView.of(found(id, number, authentication));
    }

    @GetMapping(path = "/api/organisations/{id}/invoices/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoicePdf(@PathVariable String id, @PathVariable String number,
            Authentication authentication) {
        MembershipInvoice invoice = found(id, number, authentication);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(invoice.number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(documents.pdf(invoice));
    }

    private MembershipInvoice found(String organisationId, String number, Authentication authentication) {
        requireEntitled(organisationId, authentication);
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidField("number", "is not a membership invoice number such as MEM-2026-27-000001");
        }
        return invoices.byNumber(organisationId, number)
                .orElseThrow(() -> new NotFound("Organisation " + organisationId + " has no invoice " + number));
    }

    /** Staff, and the organisation's own contacts; anyone else is refused whether or not it exists. */
    private void requireEntitled(String organisationId, Authentication authentication) {
        if (!CurrentUser.of(authentication).actsFor(organisationId)) {
            throw new AccessDeniedException("Not a contact of organisation " + organisationId);
        }
        if (!organisations.exists(organisationId)) {
            throw new NotFound("No organisation " + organisationId);
        }
    }
}
