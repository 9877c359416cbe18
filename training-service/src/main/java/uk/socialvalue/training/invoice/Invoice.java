package uk.socialvalue.training.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.socialvalue.support.invoicing.FinancialYear;
import uk.socialvalue.support.invoicing.GapFreeNumbering;
import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.VatAmounts;

/**
 * An invoice for a booking, or a credit note cancelling one: what SVUK charges (or gives back), to whom, and
 * when it is due.
 *
 * @param number            its number, gap-free in its series and financial year
 * @param kind              invoice or credit note
 * @param issuedOn          the tax point, a UK date
 * @param dueOn             when payment is due; {@code null} for a credit note
 * @param bookingId         the booking charged
 * @param sessionId         the session booked
 * @param organisationId    the buyer
 * @param organisationName  the buyer's name, or {@code null} if not known to training-service
 * @param contactName       whom it is addressed to: the booking contact
 * @param contactEmail      where it is emailed
 * @param purchaseOrder     the buyer's purchase-order number, or {@code null}
 * @param lines             what is charged
 * @param net               the total before VAT (negative on a credit note)
 * @param vat               the VAT on it
 * @param gross             the total payable
 * @param vatNumber         SVUK's VAT registration number
 * @param credits           for a credit note, the number of the invoice it cancels
 * @param issuedAt          when it was issued
 */
public record Invoice(String number, Kind kind, LocalDate issuedOn, LocalDate dueOn, String bookingId,
        String sessionId, String organisationId, String organisationName, String contactName, String contactEmail,
        String purchaseOrder, List<InvoiceLine> lines, BigDecimal net, BigDecimal vat, BigDecimal gross, String vatNumber,
        String credits, Instant issuedAt) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** An invoice, or a credit note; each has its own series of numbers. */
    public enum Kind {
        INVOICE("TRN"),
        CREDIT_NOTE("TRC");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The series a number of this kind in this financial year belongs to, "TRN-2026-27". */
        public String series(FinancialYear year) {
            return GapFreeNumbering.series(prefix, year);
        }
    }

    /** Its net, VAT and gross. */
    public VatAmounts amounts() {
        return new VatAmounts(net, vat, gross);
    }

    /** The number of a series, six digits: "TRN-2026-27-000042". */
    public static String number(String series, long sequence) {
        return GapFreeNumbering.number(series, sequence);
    }
}
