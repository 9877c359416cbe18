package uk.socialvalue.training.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.CreditNoteIssued;
import uk.socialvalue.contracts.training.InvoiceIssued;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.Price;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionStatus;
import uk.socialvalue.support.invoicing.FinancialYear;
import uk.socialvalue.support.invoicing.GapFreeNumbering;
import uk.socialvalue.support.invoicing.InvoiceEvents;
import uk.socialvalue.support.invoicing.InvoiceLine;

/**
 * Invoices every booking that gets its places, and credits one cancelled before its cut-off or with its session.
 * <p>
 * <b>Asynchronous, from the booking's events.</b> A booking stores its {@code BookingConfirmed},
 * {@code BookingPromoted} or {@code BookingCancelled} in its outbox in the same write as itself; invoicing reads
 * them back from the topic in a consumer group of its own and issues the document then, so the booking request
 * neither renders a PDF nor waits on the invoice numbers, which every booking of the service shares. A booking
 * has at most one document of each kind (a unique key), so a redelivered or replayed event issues nothing new.
 * <p>
 * <b>Numbers without gaps.</b> Each kind has a series per UK financial year ("TRN-2026-27"), numbered by
 * service-support's {@link GapFreeNumbering}: a number is claimed by inserting the document that holds it, with
 * its event, in one write. An invoice is issued only for a booking already stored (its event is in it), so a
 * booking that fails to be stored takes no number either.
 */
public class Invoicing {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Invoices invoices;
    private final InvoiceDocuments documents;
    private final String vatNumber;
    private final Duration paymentTerms;
    private final LocalDate invoicesFrom;
    private final Clock clock;
    private final GapFreeNumbering numbering;

    /** @param invoicesFrom  the first UK day whose confirmed bookings are invoiced (those before were billed outside) */
    public Invoicing(Invoices invoices, InvoiceDocuments documents, String vatNumber, Duration paymentTerms,
            LocalDate invoicesFrom, Clock clock) {
        this.invoices = invoices;
        this.documents = documents;
        this.vatNumber = vatNumber;
        this.paymentTerms = paymentTerms;
        this.invoicesFrom = invoicesFrom;
        this.clock = clock;
        this.numbering = new GapFreeNumbering(invoices);
    }

    /**
     * Whether the booking is to have a document of this kind: an invoice once it held places (confirmed from
     * {@code invoicesFrom} on), a credit note once such a booking is credited.
     */
    public boolean isDue(Invoice.Kind kind, Booking booking, Session session) {
        return invoiced(booking) && (kind == Invoice.Kind.INVOICE || credited(booking, session));
    }

    private boolean invoiced(Booking booking) {
        return booking.confirmedAt() != null
                && !LocalDate.ofInstant(booking.confirmedAt(), UkTime.ZONE).isBefore(invoicesFrom);
    }

    /** The booking's document of this kind if it was issued; never issues one. */
    public Optional<Invoice> issued(String bookingId, Invoice.Kind kind) {
        return invoices.of(bookingId, kind);
    }

    /** The booking's invoice, issued now if it held places and has none yet; empty for one that never did. */
    public Optional<Invoice> invoiceOf(Booking booking, Session session) {
        Optional<Invoice> issued = invoices.of(booking.id(), Invoice.Kind.INVOICE);
        if (issued.isPresent() || !invoiced(booking)) {
            return issued;
        }
        return Optional.of(issue(Invoice.Kind.INVOICE, booking, session, null));
    }

    /**
     * The booking's credit note, issued now if it is due and not issued yet: for a booking that held places and
     * was cancelled before its cut-off, or with its session.
     */
    public Optional<Invoice> creditNoteOf(Booking booking, Session session) {
        Optional<Invoice> issued = invoices.of(booking.id(), Invoice.Kind.CREDIT_NOTE);
        if (issued.isPresent() || !credited(booking, session)) {
            return issued;
        }
        return invoiceOf(booking, session).map(invoice -> issue(Invoice.Kind.CREDIT_NOTE, booking, session, invoice));
    }

    private static boolean credited(Booking booking, Session session) {
        return booking.status() == BookingStatus.CANCELLED && booking.confirmedAt() != null
                && (booking.cancelledAt().isBefore(session.plan().bookingCutOff())
                        || session.status() == SessionStatus.CANCELLED);
    }

    private Invoice issue(Invoice.Kind kind, Booking booking, Session session, Invoice credited) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        String seriesName = kind.series(FinancialYear.of(today));
        Invoice[] issued = new Invoice[1];
        boolean stored = numbering.issue(seriesName, next -> {
            issued[0] = kind == Invoice.Kind.INVOICE
                    ? invoice(Invoice.number(seriesName, next), booking, session, today, now)
                    : creditNote(Invoice.number(seriesName, next), credited, today, now);
            return invoices.store(new IssuedInvoice(issued[0], List.of(event(issued[0], booking, session, now))));
        }).isPresent();
        // Not stored: the booking had its document of this kind already.
        return stored ? issued[0] : invoices.of(booking.id(), kind).orElseThrow();
    }

    private Invoice invoice(String number, Booking booking, Session session, LocalDate today, Instant now) {
        Price price = booking.price();
        var course = session.plan().course();
        String description = course.title() + (course.code() == null ? "" : " (" + course.code() + ")") + ", "
                + DAY.format(LocalDate.ofInstant(session.plan().startsAt(), UkTime.ZONE)) + ", "
                + (price.basis() == PriceBasis.MEMBER ? "member" : "non-member") + " price per place";
        BigDecimal unit = price.net().divide(BigDecimal.valueOf(booking.seats()), 2, RoundingMode.HALF_UP);
        return new Invoice(number, Invoice.Kind.INVOICE, today, today.plusDays(paymentTerms.toDays()), booking.id(),
                booking.sessionId(), booking.organisationId(), booking.organisationName(), booking.contact().name(),
                booking.contact().email(), booking.purchaseOrder(),
                List.of(new InvoiceLine(description, booking.seats(), unit, price.net())), price.net(), price.vat(),
                price.gross(), vatNumber, null, now);
    }

    private Invoice creditNote(String number, Invoice credited, LocalDate today, Instant now) {
        List<InvoiceLine> lines = credited.lines().stream().map(InvoiceLine::credited).toList();
        return new Invoice(number, Invoice.Kind.CREDIT_NOTE, today, null, credited.bookingId(), credited.sessionId(),
                credited.organisationId(), credited.organisationName(), credited.contactName(),
                credited.contactEmail(), credited.purchaseOrder(), lines, credited.net().negate(),
                credited.vat().negate(), credited.gross().negate(), vatNumber, credited.number(), now);
    }

    private TrainingEvent event(Invoice invoice, Booking booking, Session session, Instant now) {
        var details = InvoiceEvents.details(invoice.number(), invoice.issuedOn(), invoice.dueOn(), invoice.amounts(),
                invoice.vatNumber(), invoice.purchaseOrder(), invoice.credits(), documents.pdf(invoice));
        String eventId = UUID.randomUUID().toString();
        return invoice.kind() == Invoice.Kind.INVOICE
                ? new InvoiceIssued(eventId, now, session.id(), session.details(), booking.summary(), details)
                : new CreditNoteIssued(eventId, now, session.id(), session.details(), booking.summary(), details);
    }
}
