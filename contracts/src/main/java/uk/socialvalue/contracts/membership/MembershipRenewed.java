package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership was renewed: it now runs to {@code endsOn}, twelve months past the previous end date.
 *
 * @param membershipType  the membership type renewed, whose fee its invoice charges (added in place: {@code null}
 *                        in earlier records)
 * @param purchaseOrder   the purchase-order number the organisation gave for the renewal, or {@code null}
 */
public record MembershipRenewed(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary primaryContact, LocalDate endsOn, String membershipType, String purchaseOrder)
        implements MembershipEvent {

    /** A renewal as first published, without the type or a purchase order. */
    public MembershipRenewed(String eventId, Instant occurredAt, String organisationId,
            OrganisationSummary organisation, ContactSummary primaryContact, LocalDate endsOn) {
        this(eventId, occurredAt, organisationId, organisation, primaryContact, endsOn, null, null);
    }

    @Override
    public MembershipStatus statusAfter() {
        return MembershipStatus.ACTIVE;
    }
}
