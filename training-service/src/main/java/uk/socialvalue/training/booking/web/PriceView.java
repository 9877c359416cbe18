package uk.socialvalue.training.booking.web;

import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.training.booking.Price;

/** An amount in pounds as strings with two decimals, so that no client parses money as floating point. */
record PriceView(String net, String vat, String gross, String currency, PriceBasis basis) {

    static PriceView of(Price price) {
        return new PriceView(price.net().toPlainString(), price.vat().toPlainString(), price.gross().toPlainString(),
                "GBP", price.basis());
    }
}
