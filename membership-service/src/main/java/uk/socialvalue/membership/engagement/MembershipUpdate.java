package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * One membership event, as the engagement figures need it.
 *
 * @param startsOn  the membership's first day, for an approval
 */
public record MembershipUpdate(String eventId, Instant occurredAt, Identity identity, MembershipStatus status,
        Milestone milestone, LocalDate startsOn) {

    /** What happened to the membership. */
    public enum Milestone {
        APPLIED, ACTIVATED, REJECTED, RENEWED, REMINDED, ENTERED_GRACE, LAPSED, CANCELLED
    }
}
