package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.training.InvoiceDetails;

/**
 * A membership's approval or renewal was invoiced: the organisation's primary contact gets the invoice by email,
 * with its PDF. Its invoice is shaped as training-service's ({@link InvoiceDetails}), numbered in a series of its
 * own ("MEM-2026-27-000001").
 *
 * @param eventId         set once by membership-service
 * @param occurredAt      when it was issued
 * @param organisationId  the member invoiced
 * @param organisation    who the member is
 * @param billingContact  whom it is addressed and emailed to: the primary contact when it was issued
 * @param kind            what it invoices: the approval or a renewal
 * @param periodFrom      the first day of the membership term it covers
 * @param periodTo        the day that term ends
 * @param invoice         the invoice
 */
public record MembershipInvoiceIssued(String eventId, Instant occurredAt, String organisationId,
        OrganisationSummary organisation, ContactSummary billingContact, MembershipInvoiceKind kind,
        LocalDate periodFrom, LocalDate periodTo, InvoiceDetails invoice) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
