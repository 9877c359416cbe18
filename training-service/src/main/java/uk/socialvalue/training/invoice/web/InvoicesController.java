package uk.socialvalue.training.invoice.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.VatAmounts;
import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.training.booking.Bookings;
import uk.socialvalue.training.invoice.Invoice;
import uk.socialvalue.training.invoice.InvoiceDocuments;
import uk.socialvalue.training.invoice.Invoicing;

/** A booking's invoice and credit note, as JSON or, with {@code Accept: application/pdf}, as PDF. */
@RestController
@Tag(name = "Invoices")
@SecurityRequirement(name = "bearer")
class InvoicesController {

    private final Bookings bookings;
    private final Invoicing invoicing;
    private final InvoiceDocuments documents;

    InvoicesController(Bookings bookings, Invoicing invoicing, InvoiceDocuments documents) {
        this.bookings = bookings;
        this.invoicing = invoicing;
        this.documents = documents;
    }

    record InvoiceView(String number, Invoice.Kind kind, LocalDate issuedOn, LocalDate dueOn, Party seller,
            Party buyer, String purchaseOrder, String bookingId, List<LineView> lines, String net, String vat,
            int vatRate, String gross, String currency, String credits) {

        static InvoiceView of(Invoice i) {
            return new InvoiceView(i.number(), i.kind(), i.issuedOn(), i.dueOn(),
                    new Party(null, InvoiceSheet.SELLER, null, null, i.vatNumber()),
                    new Party(i.organisationId(), i.organisationName(), i.contactName(), i.contactEmail(), null),
                    i.purchaseOrder(), i.bookingId(), i.lines().stream().map(line -> new LineView(line.description(),
                            line.quantity(), line.unitNet().toPlainString(), line.net().toPlainString())).toList(),
                    i.net().toPlainString(), i.vat().toPlainString(), VatAmounts.STANDARD_RATE_PERCENT, i.gross().toPlainString(),
                    VatAmounts.CURRENCY, i.credits());
        }
    }

    record Party(String organisationId, String name, String contactName, String contactEmail, String vatNumber) {
    }

    record LineView(String description, int quantity, String unitNet, String net) {
    }

    @GetMapping(path = "/api/bookings/{id}/invoice", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The booking's invoice (its organisation's contacts, or admin): numbered without gaps per UK "
            + "financial year, with SVUK's VAT number, the purchase order, net, VAT, gross and the due date; "
            + "404 for a booking that never held places, and for one whose invoice is not issued yet (it is issued "
            + "from the booking's event, moments after the booking)")
    InvoiceView invoice(@PathVariable String id, Authentication authentication) {
        return InvoiceView.of(found(id, Invoice.Kind.INVOICE, authentication));
    }

    @GetMapping(path = "/api/bookings/{id}/invoice", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoicePdf(@PathVariable String id, Authentication authentication) {
        return pdf(found(id, Invoice.Kind.INVOICE, authentication));
    }

    @GetMapping(path = "/api/bookings/{id}/credit-note", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The credit note of a booking cancelled before its cut-off or with its session; 404 for "
            + "another booking, and for one whose credit note is not issued yet")
    InvoiceView creditNote(@PathVariable String id, Authentication authentication) {
        return InvoiceView.of(found(id, Invoice.Kind.CREDIT_NOTE, authentication));
    }

    @GetMapping(path = "/api/bookings/{id}/credit-note", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> creditNotePdf(@PathVariable String id, Authentication authentication) {
        return pdf(found(id, Invoice.Kind.CREDIT_NOTE, authentication));
    }

    /**
     * The booking's document of this kind. It is issued from the booking's event, moments after the booking: until
     * then the answer is a 404 that says so, as for a booking that is to have none.
     */
    private Invoice found(String bookingId, Invoice.Kind kind, Authentication authentication) {
        Bookings.BookingOnSession found = bookings.booking(bookingId);
        if (!CurrentUser.of(authentication).actsFor(found.booking().organisationId())) {
            throw new NotFound("No booking " + bookingId);
        }
        String what = kind == Invoice.Kind.INVOICE ? "invoice" : "credit note";
        return invoicing.issued(bookingId, kind).orElseThrow(() -> new NotFound(
                invoicing.isDue(kind, found.booking(), found.session())
                        ? "The " + what + " of booking " + bookingId + " is not issued yet: try again in a moment"
                        : "Booking " + bookingId + " has no " + what));
    }

    private ResponseEntity<byte[]> pdf(Invoice invoice) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(invoice.number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(documents.pdf(invoice));
    }
}
