package uk.socialvalue.support.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Net, VAT and gross in pounds, exact to the penny: VAT at the standard rate on the net, rounded half-up once for
 * the whole amount, and gross their sum.
 */
public record VatAmounts(BigDecimal net, BigDecimal vat, BigDecimal gross) {

    /** The UK standard rate of VAT, which SVUK's training and memberships are charged at. */
    public static final BigDecimal STANDARD_RATE = new BigDecimal("0.20");
    /** The same rate in per cent, as documents print it. */
    public static final int STANDARD_RATE_PERCENT = 20;
    public static final String CURRENCY = "GBP";

    public VatAmounts {
        if (net.scale() != 2 || vat.scale() != 2 || gross.scale() != 2 || net.add(vat).compareTo(gross) != 0) {
            throw new IllegalArgumentException("Inconsistent amounts " + net + " + " + vat + " = " + gross);
        }
    }

    /** VAT at the standard rate on a net amount, which must be whole pennies. */
    public static VatAmounts ofNet(BigDecimal net) {
        BigDecimal pennies = net.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal vat = pennies.multiply(STANDARD_RATE).setScale(2, RoundingMode.HALF_UP);
        return new VatAmounts(pennies, vat, pennies.add(vat));
    }

    /** The same amounts with the sign turned, as a credit note gives back what an invoice charged. */
    public VatAmounts negate() {
        return new VatAmounts(net.negate(), vat.negate(), gross.negate());
    }
}
