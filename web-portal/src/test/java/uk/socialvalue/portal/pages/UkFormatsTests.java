package uk.socialvalue.portal.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkFormatsTests {

    private final UkFormats uk = new UkFormats();

    @Test
    void readsTimesOnTheUkClockInSummerAndWinter() {
        assertThat(uk.range(Instant.parse("2026-06-02T09:00:00Z"), Instant.parse("2026-06-02T11:30:00Z")))
                .isEqualTo("Tuesday 2 June 2026, 10am to 12:30pm");
        assertThat(uk.range(Instant.parse("2026-12-01T12:00:00Z"), Instant.parse("2026-12-01T15:00:00Z")))
                .isEqualTo("Tuesday 1 December 2026, midday to 3pm");
    }

    @Test
    void writesDatesMoneyHoursAndWordsTheGovukWay() {
        assertThat(uk.date(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
        assertThat(uk.money("1500.00")).isEqualTo("£1,500.00");
        assertThat(uk.hours(new BigDecimal("1.50"))).isEqualTo("1.5 hours");
        assertThat(uk.hours(BigDecimal.ONE)).isEqualTo("1 hour");
        assertThat(uk.words("PENDING_APPROVAL")).isEqualTo("Pending approval");
        assertThat(uk.month(YearMonth.of(2025, 6))).isEqualTo("June 2025");
        assertThat(uk.shortMonth(YearMonth.of(2025, 6))).isEqualTo("Jun 2025");
        assertThat(uk.number(new BigDecimal("1234.50"))).isEqualTo("1,234.5");
        assertThat(uk.number(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void servesTheStylesheetWithoutTheGdsTransportFont() {
        String css = "@font-face{font-family:GDS Transport;src:url(/assets/fonts/light.woff2)}"
                + ".govuk-body{font-family:GDS Transport,arial,sans-serif}";

        assertThat(FrontendAssets.brandNeutral(css))
                .isEqualTo(".govuk-body{font-family:" + FrontendAssets.SYSTEM_FONTS + "}");
    }
}
