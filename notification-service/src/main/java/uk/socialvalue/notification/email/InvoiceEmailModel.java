package uk.socialvalue.notification.email;

import java.util.HashMap;
import java.util.Map;

import uk.socialvalue.contracts.training.InvoiceDetails;

/** What an email about an invoice or credit note shows of it, whoever issued it, and its PDF to attach. */
public final class InvoiceEmailModel {

    private InvoiceEmailModel() {
    }

    public static Map<String, String> of(InvoiceDetails invoice) {
        Map<String, String> model = new HashMap<>();
        putIfPresent(model, "invoiceNumber", invoice.number());
        putIfPresent(model, "invoiceNet", invoice.net());
        putIfPresent(model, "invoiceVat", invoice.vat());
        putIfPresent(model, "invoiceGross", invoice.gross());
        putIfPresent(model, "vatNumber", invoice.vatNumber());
        putIfPresent(model, "credits", invoice.credits());
        if (invoice.issuedOn() != null) {
            model.put("issuedOn", LondonTime.date(invoice.issuedOn()));
        }
        if (invoice.dueOn() != null) {
            model.put("dueOn", LondonTime.date(invoice.dueOn()));
        }
        model.putAll(Attachment.pdf(invoice.number() + ".pdf", invoice.pdf()).toModel());
        return model;
    }

    private static void putIfPresent(Map<String, String> model, String name, String value) {
        if (value != null && !value.isBlank()) {
            model.put(name, value);
        }
    }
}
