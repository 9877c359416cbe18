package uk.socialvalue.training.invoice;

/** Draws an invoice or credit note as a document to keep and pay from. */
public interface InvoiceDocuments {

    byte[] pdf(Invoice invoice);
}
