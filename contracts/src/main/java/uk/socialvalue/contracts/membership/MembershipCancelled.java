package uk.socialvalue.contracts.membership;

import java.time.Instant;

/**
 * A membership was ended early by the organisation or by SVUK.
 */
public record MembershipCancelled(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, String reason) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.CANCELLED;
    }
}
