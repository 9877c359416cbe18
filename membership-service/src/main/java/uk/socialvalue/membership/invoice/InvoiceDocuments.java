package uk.socialvalue.membership.invoice;

/** Draws a membership invoice as a document to keep and pay from. */
public interface InvoiceDocuments {

    byte[] pdf(MembershipInvoice invoice);
}
