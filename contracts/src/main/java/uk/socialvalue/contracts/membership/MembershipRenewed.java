package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership was renewed: it now runs to {@code endsOn}, twelve months past the previous end date.
 */
public record MembershipRenewed(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, LocalDate endsOn) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.ACTIVE;
    }
}
