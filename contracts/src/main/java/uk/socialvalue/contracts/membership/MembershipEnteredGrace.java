package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership passed its end date without renewal; it still counts until {@code graceEndsOn}.
 */
public record MembershipEnteredGrace(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, LocalDate endedOn, LocalDate graceEndsOn) implements MembershipEvent {

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.GRACE;
    }
}
