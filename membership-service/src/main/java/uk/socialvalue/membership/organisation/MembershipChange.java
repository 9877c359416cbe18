package uk.socialvalue.membership.organisation;

import java.time.Instant;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * One entry in an organisation's membership history.
 *
 * @param at      when it happened
 * @param status  the status it led to
 * @param note    what happened, e.g. "Renewed to 2028-11-24" or a rejection reason
 */
public record MembershipChange(Instant at, MembershipStatus status, String note) {
}
