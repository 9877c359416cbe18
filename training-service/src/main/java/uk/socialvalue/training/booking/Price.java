package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.util.Objects;

import uk.socialvalue.contracts.training.BookingPrice;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.support.invoicing.VatAmounts;

/**
 * What a booking costs in pounds, exact to the penny: net for all its seats, VAT on that, and the total.
 *
 * @param net    the price before VAT
 * @param vat    VAT at {@link #VAT_RATE}, rounded half-up to the penny once for the whole booking
 * @param gross  net plus VAT
 * @param basis  which price list it came from
 */
public record Price(BigDecimal net, BigDecimal vat, BigDecimal gross, PriceBasis basis) {

    /** The UK standard rate of VAT, which SVUK training is charged at. */
    public static final BigDecimal VAT_RATE = VatAmounts.STANDARD_RATE;

    public Price {
        Objects.requireNonNull(basis);
        if (net.scale() != 2 || vat.scale() != 2 || gross.scale() != 2 || net.add(vat).compareTo(gross) != 0) {
            throw new IllegalArgumentException("Inconsistent price " + net + " + " + vat + " = " + gross);
        }
    }

    /** The price of {@code seats} places at {@code perSeat} net each. */
    public static Price of(BigDecimal perSeat, int seats, PriceBasis basis) {
        VatAmounts amounts = VatAmounts.ofNet(perSeat.multiply(BigDecimal.valueOf(seats)));
        return new Price(amounts.net(), amounts.vat(), amounts.gross(), basis);
    }

    /** A price as stored, from its amounts as text. */
    public static Price of(String net, String vat, String gross, PriceBasis basis) {
        return new Price(new BigDecimal(net), new BigDecimal(vat), new BigDecimal(gross), basis);
    }

    /** As events carry it: amounts as strings with two decimals. */
    public BookingPrice summary() {
        return new BookingPrice(net.toPlainString(), vat.toPlainString(), gross.toPlainString(), "GBP", basis);
    }
}
