package uk.socialvalue.training.invoice.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.InvoiceSheet.Fact;
import uk.socialvalue.support.invoicing.pdf.InvoicePdf;
import uk.socialvalue.training.invoice.Invoice;
import uk.socialvalue.training.invoice.InvoiceDocuments;

/** An invoice or credit note for a booking, in service-support's invoice layout (OpenPDF). */
@Component
class OpenPdfInvoices implements InvoiceDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public byte[] pdf(Invoice invoice) {
        boolean credit = invoice.kind() == Invoice.Kind.CREDIT_NOTE;
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(credit ? "Credit note number" : "Invoice number", invoice.number()));
        if (invoice.credits() != null) {
            facts.add(new Fact("Credits invoice", invoice.credits()));
        }
        facts.add(new Fact("Date of issue (tax point)", DAY.format(invoice.issuedOn())));
        if (invoice.dueOn() != null) {
            facts.add(new Fact("Payment due by", DAY.format(invoice.dueOn())));
        }
        facts.add(new Fact("Bill to", (invoice.organisationName() == null
                ? "Organisation " + invoice.organisationId() : invoice.organisationName())
                + "\nFor the attention of " + invoice.contactName() + ", " + invoice.contactEmail()));
        if (invoice.purchaseOrder() != null) {
            facts.add(new Fact("Purchase order", invoice.purchaseOrder()));
        }
        facts.add(new Fact("Booking reference", invoice.bookingId()));
        return InvoicePdf.draw(new InvoiceSheet(credit ? "Credit note" : "VAT invoice", invoice.number(),
                invoice.vatNumber(), facts, invoice.lines(), invoice.amounts(),
                credit ? "Total credited" : "Total payable", credit
                        ? "This credit note cancels invoice " + invoice.credits() + "; the amount is refunded or set "
                                + "against what your organisation owes."
                        : "Please pay within the terms above, quoting the invoice number and your purchase order."));
    }
}
