package uk.socialvalue.membership.invoice;

import java.util.List;

import uk.socialvalue.contracts.membership.MembershipInvoiceIssued;
import uk.socialvalue.support.domain.Aggregate;

/** An invoice being issued, with the event that emails it: stored together in one write. */
public record IssuedMembershipInvoice(MembershipInvoice invoice, List<MembershipInvoiceIssued> events)
        implements Aggregate {

    public IssuedMembershipInvoice {
        events = List.copyOf(events);
    }

    @Override
    public String id() {
        return invoice.number();
    }
}
