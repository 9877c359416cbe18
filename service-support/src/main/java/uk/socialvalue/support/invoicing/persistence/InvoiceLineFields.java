package uk.socialvalue.support.invoicing.persistence;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;

import uk.socialvalue.support.invoicing.InvoiceLine;

/** An invoice's lines as its document keeps them, amounts as strings with two decimals. */
public final class InvoiceLineFields {

    private InvoiceLineFields() {
    }

    public static List<Document> toDocuments(List<InvoiceLine> lines) {
        return lines.stream().map(line -> new Document("description", line.description())
                .append("quantity", line.quantity()).append("unitNet", line.unitNet().toPlainString())
                .append("net", line.net().toPlainString())).toList();
    }

    public static List<InvoiceLine> fromDocuments(List<Document> lines) {
        return lines.stream().map(line -> new InvoiceLine(line.getString("description"), line.getInteger("quantity"),
                new BigDecimal(line.getString("unitNet")), new BigDecimal(line.getString("net")))).toList();
    }
}
