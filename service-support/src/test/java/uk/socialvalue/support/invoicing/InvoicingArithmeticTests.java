package uk.socialvalue.support.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules every invoice follows, whoever issues it: its year, its sums and its number. */
class InvoicingArithmeticTests {

    @Test
    void theFinancialYearTurnsBetweenThirtyFirstMarchAndFirstApril() {
        assertThat(FinancialYear.of(LocalDate.parse("2027-03-31")).label()).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.parse("2027-04-01")).label()).isEqualTo("2027-28");
        assertThat(FinancialYear.of(LocalDate.parse("2026-12-31")).label()).isEqualTo("2026-27");
        assertThat(FinancialYear.of(LocalDate.parse("2099-06-01")).label()).isEqualTo("2099-00");
    }

    @Test
    void chargesVatAtTwentyPerCentRoundedHalfUpOnceOnTheNet() {
        assertThat(VatAmounts.ofNet(new BigDecimal("1500"))).isEqualTo(new VatAmounts(new BigDecimal("1500.00"),
                new BigDecimal("300.00"), new BigDecimal("1800.00")));
        assertThat(VatAmounts.ofNet(new BigDecimal("0.03")).vat()).isEqualTo(new BigDecimal("0.01")); // 0.006
        assertThat(VatAmounts.ofNet(new BigDecimal("0.02")).vat()).isEqualTo(new BigDecimal("0.00")); // 0.004
        assertThat(VatAmounts.ofNet(new BigDecimal("90.00")).negate().gross()).isEqualTo(new BigDecimal("-108.00"));
    }

    @Test
    void refusesAmountsThatDoNotAddUpOrAreNotWholePennies() {
        assertThatThrownBy(() -> new VatAmounts(new BigDecimal("10.00"), new BigDecimal("2.00"),
                new BigDecimal("12.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VatAmounts.ofNet(new BigDecimal("10.005"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void numbersFollowTheHighestTakenAndSkipNoneThatAnotherWriterHolds() {
        Map<String, Long> reached = new HashMap<>();
        GapFreeNumbering.Counters counters = new GapFreeNumbering.Counters() {
            @Override
            public long lastNumber(String series) {
                return reached.getOrDefault(series, 0L);
            }

            @Override
            public void reached(String series, long number) {
                reached.merge(series, number, Math::max);
            }
        };
        List<Long> tried = new ArrayList<>();
        var numbering = new GapFreeNumbering(counters);
        String series = GapFreeNumbering.series("MEM", FinancialYear.of(LocalDate.parse("2027-04-01")));

        var first = numbering.issue(series, n -> {
            tried.add(n);
            return n < 3 ? GapFreeNumbering.Claim.NUMBER_TAKEN : GapFreeNumbering.Claim.STORED;
        });
        var again = numbering.issue(series, n -> GapFreeNumbering.Claim.ALREADY_ISSUED);

        assertThat(tried).containsExactly(1L, 2L, 3L);
        assertThat(first).hasValue(3);
        assertThat(again).isEmpty();
        assertThat(counters.lastNumber(series)).isEqualTo(3);
        assertThat(GapFreeNumbering.number(series, 3)).isEqualTo("MEM-2027-28-000003");
    }
}
