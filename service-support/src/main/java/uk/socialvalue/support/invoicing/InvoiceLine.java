package uk.socialvalue.support.invoicing;

import java.math.BigDecimal;

/**
 * One thing charged on an invoice.
 *
 * @param description  what it is
 * @param quantity     how many
 * @param unitNet      the price of one before VAT
 * @param net          quantity times the unit price
 */
public record InvoiceLine(String description, int quantity, BigDecimal unitNet, BigDecimal net) {

    /** The same line given back on a credit note. */
    public InvoiceLine credited() {
        return new InvoiceLine("Credit: " + description, quantity, unitNet.negate(), net.negate());
    }
}
