package uk.socialvalue.portal.engagement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.socialvalue.portal.api.MembershipApi.MonthEngagement;
import uk.socialvalue.portal.engagement.LevelChart.Tick;
import uk.socialvalue.portal.engagement.TrendChart.Column;
import uk.socialvalue.portal.pages.UkFormats;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTests {

    static final YearMonth FIRST = YearMonth.of(2024, 6);

    private final UkFormats uk = new UkFormats();

    @Test
    void drawsPlacesBookedAndAttendedAsColumnsUpFromTheAxisScaledToTheLargest() {
        // Four places booked in the last month, two attended; one booked ten months before.
        TrendChart chart = TrendChart.of(trend(23, 4, 2, 13, 1), uk);

        // An axis to 4 over 200 pixels (250 up to 50): 50 pixels a place.
        TrendChart.Month last = chart.months().get(23);
        assertThat(last.booked()).extracting(Column::y, Column::height).containsExactly(50.0, 200.0);
        assertThat(last.attended()).extracting(Column::y, Column::height).containsExactly(150.0, 100.0);
        assertThat(last.booked().x() + last.booked().width()).isLessThan(last.attended().x());
        assertThat(chart.months().get(13).booked().height()).isEqualTo(50.0);
        assertThat(chart.months().get(13).attended()).as("nothing drawn for none").isNull();
        assertThat(chart.months().get(0).booked()).isNull();
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(chart.ticks()).extracting(Tick::position).containsExactly(250.0, 200.0, 150.0, 100.0, 50.0);
        assertThat(chart.months()).allSatisfy(month -> assertThat(month.centre())
                .isBetween(TrendChart.PLOT_LEFT, TrendChart.PLOT_RIGHT));
    }

    @Test
    void labelsEveryThirdMonthEndingWithTheCurrentOneAndMarksTheMonthsOfMembership() {
        TrendChart chart = TrendChart.of(trend(23, 4, 2, 13, 1), uk);

        assertThat(chart.months()).extracting(TrendChart.Month::label).filteredOn(label -> label != null)
                .containsExactly("Aug 2024", "Nov 2024", "Feb 2025", "May 2025", "Aug 2025", "Nov 2025", "Feb 2026",
                        "May 2026");
        assertThat(chart.months()).extracting(TrendChart.Month::member).containsSequence(false, true)
                .filteredOn(member -> member).hasSize(12);
        assertThat(chart.months().get(0).words()).isEqualTo("June 2024");
    }

    @Test
    void saysInWordsWhatTheChartShows() {
        assertThat(TrendChart.of(trend(23, 4, 2, 13, 1), uk).description()).isEqualTo("Columns for each month from "
                + "June 2024 to May 2026: places booked and, beside them, people who attended. In all, 5 places "
                + "booked and 2 people attended. A member of Social Value UK in 12 of the 24 months, shown as filled "
                + "squares below the months. Each month's figures are in the table that follows.");
    }

    @Test
    void drawsAnEmptyTrendWithAnAxisAndNoColumns() {
        TrendChart chart = TrendChart.of(trend(0, 0, 0, 0, 0), uk);

        assertThat(chart.months()).hasSize(24).allSatisfy(month -> {
            assertThat(month.booked()).isNull();
            assertThat(month.attended()).isNull();
        });
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0", "1", "2", "3", "4");
        assertThat(chart.description()).contains("0 places booked and 0 people attended");
    }

    /** 24 months from June 2024, a member in the last 12, with places booked and attended in two of them. */
    static List<MonthEngagement> trend(int busiest, int booked, int attended, int quieter, int bookedThen) {
        return IntStream.range(0, 24).mapToObj(i -> new MonthEngagement(FIRST.plusMonths(i), i >= 12,
                i == busiest || i == quieter ? 1 : 0, i == busiest ? booked : i == quieter ? bookedThen : 0,
                i == busiest ? attended : 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0)).toList();
    }
}
