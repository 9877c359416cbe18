package uk.socialvalue.membership.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.support.invoicing.GapFreeNumbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a membership invoice, in plain Java: its fee, sums, due date, period, year and number. */
class MembershipInvoicingTests {

    static final OrganisationSummary SALFORD = new OrganisationSummary("Salford", OrganisationType.LOCAL_AUTHORITY,
            "E08000006", "North West");
    static final ContactSummary ADA = new ContactSummary("p-1", "Ada Lovelace", "ada@salford.example");
    static final MembershipInvoicing.Fees FEES = type -> "LOCAL_AUTHORITY".equals(type)
            ? Optional.of(new MembershipInvoicing.Fee("Local authority", new BigDecimal("1500.00"))) : Optional.empty();
    static final InvoicingProperties SETTINGS = new InvoicingProperties("GB 999 9999 73", Duration.ofDays(30),
            LocalDate.parse("2026-12-01"));

    final InMemoryInvoices invoices = new InMemoryInvoices();

    @Test
    void chargesTheTypesAnnualFeeWithVatDueThirtyDaysLaterQuotingThePurchaseOrder() {
        MembershipInvoice invoice = invoicing("2027-01-15T10:00:00Z").invoice(approval("org-1", "2027-01-15",
                "PO-4471")).orElseThrow();

        assertThat(invoice.number()).isEqualTo("MEM-2026-27-000001");
        assertThat(invoice.kind()).isEqualTo(MembershipInvoiceKind.MEMBERSHIP_APPROVAL);
        assertThat(invoice.amounts().net()).isEqualByComparingTo("1500.00");
        assertThat(invoice.amounts().vat()).isEqualByComparingTo("300.00");
        assertThat(invoice.amounts().gross()).isEqualByComparingTo("1800.00");
        assertThat(invoice.issuedOn()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.parse("2027-02-14"));
        assertThat(invoice.purchaseOrder()).isEqualTo("PO-4471");
        assertThat(invoice.vatNumber()).isEqualTo("GB 999 9999 73");
        assertThat(invoice.contactEmail()).isEqualTo("ada@salford.example");
        assertThat(invoice.periodFrom()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(invoice.periodTo()).isEqualTo(LocalDate.parse("2028-01-15"));
        assertThat(invoice.lines()).singleElement().satisfies(line -> assertThat(line.description())
                .contains("Local authority", "15 January 2027 to 15 January 2028"));
        assertThat(invoices.events).singleElement().satisfies(event -> {
            assertThat(event.invoice().number()).isEqualTo(invoice.number());
            assertThat(event.invoice().gross()).isEqualTo("1800.00");
            assertThat(event.billingContact()).isEqualTo(ADA);
        });
    }

    @Test
    void numbersInTheFinancialYearOfTheUkDayOfIssueWhichTurnsAtMidnightOnThirtyFirstMarch() {
        // 22:59 UTC on 31 March 2027 is 23:59 in London (summer time), still 2026-27; a minute later it is 2027-28.
        MembershipInvoice lastOfTheYear = invoicing("2027-03-31T22:59:00Z").invoice(approval("org-1", "2027-03-31",
                null)).orElseThrow();
        MembershipInvoice firstOfTheNext = invoicing("2027-03-31T23:00:00Z").invoice(approval("org-2", "2027-04-01",
                null)).orElseThrow();
        MembershipInvoice second = invoicing("2027-04-01T09:00:00Z").invoice(approval("org-3", "2027-04-01", null))
                .orElseThrow();

        assertThat(lastOfTheYear.number()).isEqualTo("MEM-2026-27-000001");
        assertThat(lastOfTheYear.issuedOn()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(firstOfTheNext.number()).isEqualTo("MEM-2027-28-000001");
        assertThat(firstOfTheNext.issuedOn()).isEqualTo(LocalDate.parse("2027-04-01"));
        assertThat(second.number()).isEqualTo("MEM-2027-28-000002");
    }

    @Test
    void aRenewalCoversTheTwelveMonthsBeforeItsNewEndDate() {
        var renewed = new MembershipRenewed("e-2", Instant.parse("2027-11-20T10:00:00Z"), "org-1", SALFORD, ADA,
                LocalDate.parse("2028-11-25"), "LOCAL_AUTHORITY", null);

        MembershipInvoice invoice = invoicing("2027-11-20T10:00:00Z").invoice(InvoicedTerm.of(renewed)).orElseThrow();

        assertThat(invoice.kind()).isEqualTo(MembershipInvoiceKind.MEMBERSHIP_RENEWAL);
        assertThat(invoice.periodFrom()).isEqualTo(LocalDate.parse("2027-11-25"));
        assertThat(invoice.periodTo()).isEqualTo(LocalDate.parse("2028-11-25"));
    }

    @Test
    void invoicesATermOnceHoweverOftenItsTriggerArrives() {
        MembershipInvoicing invoicing = invoicing("2027-01-15T10:00:00Z");
        InvoicedTerm term = approval("org-1", "2027-01-15", null);

        MembershipInvoice first = invoicing.invoice(term).orElseThrow();
        MembershipInvoice again = invoicing.invoice(term).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(invoices.byNumber).hasSize(1);
        assertThat(invoices.events).hasSize(1);
    }

    @Test
    void leavesApprovalsFromBeforeInvoicingWentLiveToTheBooksThatInvoicedThem() {
        assertThat(invoicing("2027-01-15T10:00:00Z").invoice(approval("org-1", "2026-11-30", null))).isEmpty();
        assertThat(invoices.byNumber).isEmpty();
    }

    @Test
    void refusesATermWhoseMembershipTypeHasNoFee() {
        var renewed = new MembershipRenewed("e-2", Instant.parse("2027-11-20T10:00:00Z"), "org-1", SALFORD, ADA,
                LocalDate.parse("2028-11-25"));

        assertThatThrownBy(() -> invoicing("2027-11-20T10:00:00Z").invoice(InvoicedTerm.of(renewed)))
                .isInstanceOf(MembershipInvoicing.UnknownMembershipType.class);
        assertThat(invoices.byNumber).isEmpty();
    }

    private MembershipInvoicing invoicing(String now) {
        return new MembershipInvoicing(invoices, invoice -> new byte[] {'%', 'P', 'D', 'F'}, FEES, SETTINGS,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static InvoicedTerm approval(String organisationId, String startsOn, String purchaseOrder) {
        LocalDate start = LocalDate.parse(startsOn);
        return InvoicedTerm.of(new MembershipActivated("e-" + organisationId, start.atTime(10, 0)
                .toInstant(ZoneOffset.UTC), organisationId, SALFORD, ADA, "LOCAL_AUTHORITY", start,
                start.plusMonths(12), purchaseOrder));
    }

    /** The repository's contract, in memory: numbers and terms unique, as the store's indexes keep them. */
    static final class InMemoryInvoices implements MembershipInvoices {

        final Map<String, MembershipInvoice> byNumber = new HashMap<>();
        final Map<String, MembershipInvoice> byTerm = new HashMap<>();
        final Map<String, Long> last = new HashMap<>();
        final List<uk.socialvalue.contracts.membership.MembershipInvoiceIssued> events = new ArrayList<>();

        @Override
        public GapFreeNumbering.Claim store(IssuedMembershipInvoice issued) {
            MembershipInvoice invoice = issued.invoice();
            String term = invoice.organisationId() + "|" + invoice.periodTo();
            if (byTerm.containsKey(term)) {
                return GapFreeNumbering.Claim.ALREADY_ISSUED;
            }
            if (byNumber.containsKey(invoice.number())) {
                return GapFreeNumbering.Claim.NUMBER_TAKEN;
            }
            byNumber.put(invoice.number(), invoice);
            byTerm.put(term, invoice);
            events.addAll(issued.events());
            return GapFreeNumbering.Claim.STORED;
        }

        @Override
        public Optional<MembershipInvoice> ofTerm(String organisationId, LocalDate periodTo) {
            return Optional.ofNullable(byTerm.get(organisationId + "|" + periodTo));
        }

        @Override
        public Optional<MembershipInvoice> byNumber(String organisationId, String number) {
            return Optional.ofNullable(byNumber.get(number)).filter(i -> i.organisationId().equals(organisationId));
        }

        @Override
        public List<MembershipInvoice> ofOrganisation(String organisationId, int page, int size) {
            return byNumber.values().stream().filter(i -> i.organisationId().equals(organisationId))
                    .sorted(Comparator.comparing(MembershipInvoice::number).reversed()).skip((long) page * size)
                    .limit(size).toList();
        }

        @Override
        public long lastNumber(String series) {
            return last.getOrDefault(series, 0L);
        }

        @Override
        public void reached(String series, long number) {
            last.merge(series, number, Math::max);
        }
    }
}
