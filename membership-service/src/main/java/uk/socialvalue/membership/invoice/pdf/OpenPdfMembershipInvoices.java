package uk.socialvalue.membership.invoice.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.membership.invoice.InvoiceDocuments;
import uk.socialvalue.membership.invoice.MembershipInvoice;
import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.InvoiceSheet.Fact;
import uk.socialvalue.support.invoicing.pdf.InvoicePdf;

/** A membership invoice as one A4 page. */
@Component
class OpenPdfMembershipInvoices implements InvoiceDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public byte[] pdf(MembershipInvoice invoice) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Invoice number", invoice.number()));
        facts.add(new Fact("Date of issue (tax point)", DAY.format(invoice.issuedOn())));
        facts.add(new Fact("Payment due by", DAY.format(invoice.dueOn())));
        facts.add(new Fact("Bill to", invoice.organisationName() + "\nFor the attention of " + invoice.contactName()
                + ", " + invoice.contactEmail()));
        if (invoice.purchaseOrder() != null) {
            facts.add(new Fact("Purchase order", invoice.purchaseOrder()));
        }
        facts.add(new Fact(invoice.kind() == MembershipInvoiceKind.MEMBERSHIP_RENEWAL ? "Membership renewed for"
                : "Membership approved for", DAY.format(invoice.periodFrom()) + " to " + DAY.format(invoice.periodTo())));
        facts.add(new Fact("Member reference", invoice.organisationId()));
        return InvoicePdf.draw(new InvoiceSheet("VAT invoice", invoice.number(), invoice.vatNumber(), facts,
                invoice.lines(), invoice.amounts(), "Total payable",
                "Please pay within the terms above, quoting the invoice number and your purchase order."));
    }
}
