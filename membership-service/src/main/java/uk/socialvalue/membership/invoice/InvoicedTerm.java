package uk.socialvalue.membership.invoice;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.OrganisationSummary;

/**
 * A term of membership to invoice, as the approval or renewal that started it tells it.
 *
 * @param occurredAt      when it was approved or renewed
 * @param billingContact  the primary contact then
 * @param membershipType  the type whose annual fee is charged; {@code null} in renewals published before
 *                        invoicing existed
 * @param periodFrom      the term's first day
 * @param periodTo        the day it ends, which identifies the term: no two terms of a membership end together
 */
public record InvoicedTerm(Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary billingContact, MembershipInvoiceKind kind, String membershipType, LocalDate periodFrom,
        LocalDate periodTo, String purchaseOrder) {

    /** A term runs this long; each renewal adds one from the previous end date. */
    static final int TERM_MONTHS = 12;

    public static InvoicedTerm of(MembershipActivated activated) {
        return new InvoicedTerm(activated.occurredAt(), activated.organisationId(), activated.organisation(),
                activated.primaryContact(), MembershipInvoiceKind.MEMBERSHIP_APPROVAL, activated.membershipType(),
                activated.startsOn(), activated.endsOn(), activated.purchaseOrder());
    }

    public static InvoicedTerm of(MembershipRenewed renewed) {
        return new InvoicedTerm(renewed.occurredAt(), renewed.organisationId(), renewed.organisation(),
                renewed.primaryContact(), MembershipInvoiceKind.MEMBERSHIP_RENEWAL, renewed.membershipType(),
                renewed.endsOn().minusMonths(TERM_MONTHS), renewed.endsOn(), renewed.purchaseOrder());
    }
}
