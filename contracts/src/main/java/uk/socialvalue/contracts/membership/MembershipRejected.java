package uk.socialvalue.contracts.membership;

import java.time.Instant;

/**
 * SVUK turned an application down, for the reason given.
 */
public record MembershipRejected(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, String reason) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.REJECTED;
    }
}
