package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * SVUK approved an application: the organisation is a member from {@code startsOn} to {@code endsOn}.
 *
 * @param purchaseOrder  the purchase-order number the organisation gave for its first year, or {@code null};
 *                       its invoice quotes it (added in place: readers of earlier records see {@code null})
 */
public record MembershipActivated(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, String membershipType, LocalDate startsOn, LocalDate endsOn,
        String purchaseOrder) implements MembershipEvent {

    /** An approval without a purchase order. */
    public MembershipActivated(String eventId, Instant occurredAt, String organisationId,
            OrganisationSummary organisation, ContactSummary primaryContact, String membershipType,
            LocalDate startsOn, LocalDate endsOn) {
        this(eventId, occurredAt, organisationId, organisation, primaryContact, membershipType, startsOn, endsOn,
                null);
    }

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.ACTIVE;
    }
}
