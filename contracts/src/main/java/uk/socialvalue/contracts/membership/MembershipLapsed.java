package uk.socialvalue.contracts.membership;

import java.time.Instant;

/**
 * A membership's grace period ended without a renewal: the organisation is no longer a member.
 */
public record MembershipLapsed(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.LAPSED;
    }
}
