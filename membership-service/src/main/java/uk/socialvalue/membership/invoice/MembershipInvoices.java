package uk.socialvalue.membership.invoice;

import java.util.List;
import java.util.Optional;

import uk.socialvalue.support.invoicing.GapFreeNumbering;

/**
 * The membership invoices issued. An invoice's own insert claims its number (unique), and a term has one invoice
 * (the organisation and the day the term ends are unique together), so a retried or redelivered trigger
 * stores nothing twice.
 */
public interface MembershipInvoices extends GapFreeNumbering.Counters {

    /** Stores a new invoice with its event, in one write, unless its number or its term is taken. */
    GapFreeNumbering.Claim store(IssuedMembershipInvoice invoice);

    /** The invoice of the organisation's term ending on that day, if one was issued. */
    Optional<MembershipInvoice> ofTerm(String organisationId, java.time.LocalDate periodTo);

    /** The organisation's invoice with that number. */
    Optional<MembershipInvoice> byNumber(String organisationId, String number);

    /** A page of the organisation's invoices, newest first. */
    List<MembershipInvoice> ofOrganisation(String organisationId, int page, int size);
}
