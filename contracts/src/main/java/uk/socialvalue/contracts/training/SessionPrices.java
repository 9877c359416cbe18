package uk.socialvalue.contracts.training;

/**
 * A session's prices per seat, net of VAT, as decimal strings with two places.
 *
 * @param memberNet     for organisations whose membership is ACTIVE or in GRACE
 * @param nonMemberNet  for everyone else
 * @param currency      always "GBP"
 */
public record SessionPrices(String memberNet, String nonMemberNet, String currency) {
}
