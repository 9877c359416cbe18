package uk.socialvalue.membership.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.VatAmounts;

/**
 * An invoice for a term of membership: what SVUK charges, to whom, for which period, and when it is due. It keeps
 * the billing contact's name and email as they were: it is a VAT record, kept as issued.
 *
 * @param number            its number, gap-free in the membership series and financial year
 * @param kind              the approval or a renewal
 * @param issuedOn          the tax point, a UK date
 * @param dueOn             when payment is due
 * @param organisationId    the member
 * @param organisationName  the member's name
 * @param contactName       whom it is addressed to: the primary contact
 * @param contactEmail      where it is emailed
 * @param purchaseOrder     the member's purchase-order number, or {@code null}
 * @param membershipType    the membership type's code
 * @param periodFrom        the first day of the term
 * @param periodTo          the day the term ends
 * @param lines             what is charged: the term's fee
 * @param amounts           net, VAT and gross
 * @param vatNumber         SVUK's VAT registration number
 * @param issuedAt          when it was issued
 */
public record MembershipInvoice(String number, MembershipInvoiceKind kind, LocalDate issuedOn, LocalDate dueOn,
        String organisationId, String organisationName, String contactName, String contactEmail,
        String purchaseOrder, String membershipType, LocalDate periodFrom, LocalDate periodTo,
        List<InvoiceLine> lines, VatAmounts amounts, String vatNumber, Instant issuedAt) {

    /** The prefix of the membership series, apart from training-service's "TRN" and "TRC". */
    public static final String PREFIX = "MEM";

    public MembershipInvoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }
}
