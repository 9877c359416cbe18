package uk.socialvalue.contracts.membership;

import java.time.Instant;

/**
 * An organisation applied to become a member; the application waits for approval.
 */
public record MembershipApplied(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, String membershipType) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.PENDING_APPROVAL;
    }
}
