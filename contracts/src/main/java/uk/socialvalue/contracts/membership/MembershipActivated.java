package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * SVUK approved an application: the organisation is a member from {@code startsOn} to {@code endsOn}.
 */
public record MembershipActivated(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, String membershipType, LocalDate startsOn, LocalDate endsOn) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.ACTIVE;
    }
}
