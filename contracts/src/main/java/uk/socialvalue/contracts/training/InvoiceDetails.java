package uk.socialvalue.contracts.training;

import java.time.LocalDate;

/**
 * An invoice or credit note as an email about it needs it, the PDF included, so that notification-service
 * attaches the very document training-service serves.
 *
 * @param number         its number, gap-free within its series and UK financial year, e.g. "TRN-2026-27-000042"
 * @param issuedOn       the tax point, a UK date
 * @param dueOn          when payment is due (30 days after issue); {@code null} for a credit note
 * @param net            the amount before VAT, "500.00" (negative on a credit note)
 * @param vat            the VAT, "100.00"
 * @param gross          what is payable, "600.00"
 * @param currency       "GBP"
 * @param vatNumber      SVUK's VAT registration number
 * @param purchaseOrder  the organisation's purchase-order number, or {@code null}
 * @param credits        for a credit note, the number of the invoice it cancels; else {@code null}
 * @param pdf            the document as PDF, base64
 */
public record InvoiceDetails(String number, LocalDate issuedOn, LocalDate dueOn, String net, String vat, String gross,
        String currency, String vatNumber, String purchaseOrder, String credits, String pdf) {
}
