package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership ends in {@code daysBefore} days, on {@code endsOn}; sent once for each reminder point.
 */
public record MembershipRenewalDue(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, LocalDate endsOn, int daysBefore) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.ACTIVE;
    }
}
