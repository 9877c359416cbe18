package uk.socialvalue.portal.engagement;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.portal.api.MembershipApi.RegionEngagement;
import uk.socialvalue.portal.engagement.LevelChart.Level;
import uk.socialvalue.portal.engagement.LevelChart.Part;
import uk.socialvalue.portal.engagement.LevelChart.Tick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LevelChartTests {

    static final RegionEngagement NORTH_WEST = region("North West", 1, 2, 6, 30);
    static final RegionEngagement WALES = region("Wales", 0, 0, 0, 22);

    @Test
    void drawsEachRegionAsLongAsItsCouncilsSplitByLevelMostEngagedFirst() {
        LevelChart chart = LevelChart.of(List.of(NORTH_WEST, WALES));

        // 39 councils at most: an axis to 40 over 640 pixels, 16 pixels a council.
        assertThat(chart.bars()).extracting(LevelChart.Bar::region).containsExactly("North West", "Wales");
        assertThat(chart.bars().get(0).parts()).extracting(Part::level, Part::x, Part::width)
                .containsExactly(
                        tuple(Level.LEADING, 250.0, 16.0),
                        tuple(Level.ENGAGED, 266.0, 32.0),
                        tuple(Level.AWARE, 298.0, 96.0),
                        tuple(Level.NONE, 394.0, 480.0));
        assertThat(chart.bars().get(0).totalX()).isEqualTo(882.0);
        assertThat(chart.bars().get(1).parts()).singleElement()
                .satisfies(part -> assertThat(part.width()).isEqualTo(352.0));
        assertThat(chart.bars().get(1).y()).isEqualTo(chart.bars().get(0).y() + LevelChart.ROW);
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("0", "10", "20", "30", "40");
        assertThat(chart.ticks()).extracting(Tick::position).containsExactly(250.0, 410.0, 570.0, 730.0, 890.0);
        assertThat(chart.viewBox()).isEqualTo("0 0 960 " + chart.height());
        assertThat(chart.height()).isGreaterThan((int) chart.axisY() + 46);
    }

    @Test
    void showsTheCountOfEveryPartWideEnoughForItsDigits() {
        LevelChart chart = LevelChart.of(List.of(NORTH_WEST));

        assertThat(chart.bars().get(0).parts()).extracting(Part::count, Part::labelled).containsExactly(
                tuple(1, false), tuple(2, true),
                tuple(6, true), tuple(30, true));
        assertThat(chart.bars().get(0).parts().get(1).labelX()).isEqualTo(282.0);
    }

    @Test
    void saysInWordsWhatTheChartShows() {
        assertThat(LevelChart.of(List.of(NORTH_WEST, WALES)).description()).isEqualTo("A bar for each of the 2 regions "
                + "and nations, as long as its number of councils and split by engagement level, most engaged first. "
                + "Across them, of 61 councils: 1 leading, 2 engaged, 6 aware, 52 with none. Each region's figures are "
                + "in the table that follows.");
    }

    @Test
    void roundsTheAxisUpToAStepOfOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(AxisScale.upTo(39, 4)).isEqualTo(new AxisScale(40, 10));
        assertThat(AxisScale.upTo(64, 4)).isEqualTo(new AxisScale(80, 20));
        assertThat(AxisScale.upTo(130, 4)).isEqualTo(new AxisScale(150, 50));
        assertThat(AxisScale.upTo(3, 4)).isEqualTo(new AxisScale(3, 1));
        assertThat(AxisScale.upTo(1, 4)).isEqualTo(new AxisScale(1, 1));
        assertThat(AxisScale.upTo(0, 4)).as("an empty chart still has an axis").isEqualTo(new AxisScale(4, 1));
        assertThat(new AxisScale(40, 10).ticks()).containsExactly(0, 10, 20, 30, 40);
    }

    static RegionEngagement region(String name, int leading, int engaged, int aware, int none) {
        return new RegionEngagement(name, leading + engaged + aware + none, leading + engaged, engaged, none, aware,
                leading, 0, 0, 0, BigDecimal.ZERO, 0, 0);
    }
}
