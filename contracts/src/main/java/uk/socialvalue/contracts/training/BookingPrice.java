package uk.socialvalue.contracts.training;

/**
 * What a booking costs, fixed when it was made: amounts in pounds as decimal strings with two places
 * ("500.00"), so that no consumer does floating-point money.
 *
 * @param net       the price before VAT, for all the booking's seats
 * @param vat       VAT at the standard rate (20%)
 * @param gross     net plus VAT; what the invoice asks for
 * @param currency  always "GBP"
 * @param basis     member or non-member price
 */
public record BookingPrice(String net, String vat, String gross, String currency, PriceBasis basis) {
}
