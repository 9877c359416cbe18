package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * Where one organisation's membership stands, from the newest membership event about it.
 *
 * @param status       its status now
 * @param changedAt    when the newest event applied happened
 * @param changedBy    that event's id, to order events of the same instant
 * @param appliedAt    when it applied, if that event was seen
 * @param memberSince  the first day of its membership, once approved
 * @param memberFrom   when it was approved
 * @param memberUntil  when it stopped being a member (lapsed or cancelled), if it has
 * @param renewals     how many times it was renewed
 * @param lapses       how many times it lapsed (at most once, as a lapsed member applies afresh)
 */
public record Membership(MembershipStatus status, Instant changedAt, String changedBy, Instant appliedAt,
        LocalDate memberSince, Instant memberFrom, Instant memberUntil, int renewals, int lapses) {

    /** When this membership started its course: the application, or the first event seen of it. */
    Instant startedAt() {
        return appliedAt != null ? appliedAt : memberFrom != null ? memberFrom : changedAt;
    }

    /** Whether it counted as a member at any time in the month. */
    boolean memberDuring(YearMonth month) {
        return memberFrom != null && memberFrom.isBefore(Window.startOf(month.plusMonths(1)))
                && (memberUntil == null || !memberUntil.isBefore(Window.startOf(month)));
    }
}
