package uk.socialvalue.support.invoicing;

import java.time.LocalDate;
import java.util.Base64;

import uk.socialvalue.contracts.training.InvoiceDetails;

/** An invoice as the event that emails it carries it, its PDF included. */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    public static InvoiceDetails details(String number, LocalDate issuedOn, LocalDate dueOn, VatAmounts amounts,
            String vatNumber, String purchaseOrder, String credits, byte[] pdf) {
        return new InvoiceDetails(number, issuedOn, dueOn, amounts.net().toPlainString(),
                amounts.vat().toPlainString(), amounts.gross().toPlainString(), VatAmounts.CURRENCY, vatNumber,
                purchaseOrder, credits, Base64.getEncoder().encodeToString(pdf));
    }
}
