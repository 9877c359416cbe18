package uk.socialvalue.membership.engagement;

/**
 * A training course as the training events name it.
 *
 * @param code   its short code, e.g. "SV-PROC", which identifies it
 * @param title  its title when last seen, e.g. "Social Value in Procurement"
 */
public record Course(String code, String title) {
}
