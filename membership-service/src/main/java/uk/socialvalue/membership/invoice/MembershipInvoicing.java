package uk.socialvalue.membership.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.membership.MembershipInvoiceIssued;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.support.invoicing.FinancialYear;
import uk.socialvalue.support.invoicing.GapFreeNumbering;
import uk.socialvalue.support.invoicing.InvoiceEvents;
import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.VatAmounts;

/**
 * Invoices every approval and renewal once: the term's annual fee, VAT at the standard rate, due after the payment
 * terms, to the primary contact, numbered in the membership series of the UK financial year it is issued in
 * ("MEM-2026-27-000001", with service-support's {@link GapFreeNumbering}: the invoice's own insert, with its
 * event, claims its number).
 * <p>
 * It is driven by the {@code MembershipActivated} and {@code MembershipRenewed} events the organisation stored
 * with its change, in the same write, in its outbox: the trigger is never lost, and it is delivered until it is
 * done. A term has one invoice, so a redelivered or replayed trigger issues nothing twice.
 * <p>
 * Why a series apart from training-service's: each service owns its store and numbers what it issues, without
 * asking the other; each series is gap-free on its own, and the prefix tells them apart, as HMRC allows several
 * series so long as each is sequential and unique.
 */
public class MembershipInvoicing {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A membership type as it is charged. */
    public record Fee(String name, BigDecimal annualFee) {
    }

    /** The membership offer: each type's name and annual fee, net of VAT. */
    public interface Fees {

        Optional<Fee> of(String membershipType);
    }

    /** The term names a membership type the offer does not hold (or none): it cannot be priced. */
    public static class UnknownMembershipType extends RuntimeException {

        public UnknownMembershipType(String type, String organisationId) {
            super("Cannot invoice organisation " + organisationId + ": no fee for membership type " + type);
        }
    }

    private final MembershipInvoices invoices;
    private final InvoiceDocuments documents;
    private final Fees fees;
    private final InvoicingProperties settings;
    private final Clock clock;
    private final GapFreeNumbering numbering;

    public MembershipInvoicing(MembershipInvoices invoices, InvoiceDocuments documents, Fees fees,
            InvoicingProperties settings, Clock clock) {
        this.invoices = invoices;
        this.documents = documents;
        this.fees = fees;
        this.settings = settings;
        this.clock = clock;
        this.numbering = new GapFreeNumbering(invoices);
    }

    /**
     * The term's invoice, issued now unless it was before; empty for a term started before the platform invoiced
     * ({@link InvoicingProperties#invoicesFrom}).
     *
     * @throws UnknownMembershipType when the term's type has no fee
     */
    public Optional<MembershipInvoice> invoice(InvoicedTerm term) {
        if (LocalDate.ofInstant(term.occurredAt(), UkTime.ZONE).isBefore(settings.invoicesFrom())) {
            return Optional.empty();
        }
        Optional<MembershipInvoice> issued = invoices.ofTerm(term.organisationId(), term.periodTo());
        if (issued.isPresent()) {
            return issued;
        }
        Fee fee = Optional.ofNullable(term.membershipType()).flatMap(fees::of)
                .orElseThrow(() -> new UnknownMembershipType(term.membershipType(), term.organisationId()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        String series = GapFreeNumbering.series(MembershipInvoice.PREFIX, FinancialYear.of(today));
        MembershipInvoice[] made = new MembershipInvoice[1];
        boolean stored = numbering.issue(series, next -> {
            made[0] = invoice(GapFreeNumbering.number(series, next), term, fee, today, now);
            return invoices.store(new IssuedMembershipInvoice(made[0], List.of(event(made[0], term, now))));
        }).isPresent();
        // Not stored: another delivery of the trigger issued it meanwhile.
        return Optional.of(stored ? made[0] : invoices.ofTerm(term.organisationId(), term.periodTo()).orElseThrow());
    }

    private MembershipInvoice invoice(String number, InvoicedTerm term, Fee fee, LocalDate today, Instant now) {
        VatAmounts amounts = VatAmounts.ofNet(fee.annualFee());
        String description = fee.name() + " membership of " + InvoiceSheet.SELLER
                + (term.kind() == MembershipInvoiceKind.MEMBERSHIP_RENEWAL ? ", renewed" : "") + ": "
                + DAY.format(term.periodFrom()) + " to " + DAY.format(term.periodTo());
        return new MembershipInvoice(number, term.kind(), today, today.plusDays(settings.paymentTerms().toDays()),
                term.organisationId(), term.organisation().name(), term.billingContact().name(),
                term.billingContact().email(), term.purchaseOrder(), term.membershipType(), term.periodFrom(),
                term.periodTo(), List.of(new InvoiceLine(description, 1, amounts.net(), amounts.net())), amounts,
                settings.vatNumber(), now);
    }

    private MembershipInvoiceIssued event(MembershipInvoice invoice, InvoicedTerm term, Instant now) {
        return new MembershipInvoiceIssued(UUID.randomUUID().toString(), now, invoice.organisationId(),
                term.organisation(), term.billingContact(), invoice.kind(), invoice.periodFrom(), invoice.periodTo(),
                InvoiceEvents.details(invoice.number(), invoice.issuedOn(), invoice.dueOn(), invoice.amounts(),
                        invoice.vatNumber(), invoice.purchaseOrder(), null, documents.pdf(invoice)));
    }
}
