package uk.socialvalue.support.invoicing;

import java.util.List;

/**
 * What an invoice or credit note shows, in the order it shows it, whoever issues it.
 *
 * @param heading     "VAT invoice" or "Credit note"
 * @param number      its number
 * @param vatNumber   SVUK's VAT registration number
 * @param facts       labelled facts below the heading: number, dates, whom it is billed to, purchase order, ...
 * @param lines       what is charged
 * @param amounts     net, VAT and gross
 * @param totalLabel  what the gross is: "Total payable", "Total credited"
 * @param terms       the closing sentence: how to pay, or what the credit does
 */
public record InvoiceSheet(String heading, String number, String vatNumber, List<Fact> facts,
        List<InvoiceLine> lines, VatAmounts amounts, String totalLabel, String terms) {

    /** The seller on every invoice. */
    public static final String SELLER = "Social Value UK";

    public InvoiceSheet {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
    }

    /** One labelled fact; lines in the value break the cell. */
    public record Fact(String label, String value) {
    }
}
