package uk.socialvalue.portal.engagement;

import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.MembershipApi.MonthEngagement;
import uk.socialvalue.portal.engagement.LevelChart.Tick;
import uk.socialvalue.portal.pages.UkFormats;

import static uk.socialvalue.portal.engagement.AxisScale.rounded;

/**
 * A council's 24-month trend drawn as SVG on the server: for each month, a column of the places its people booked
 * and, beside it, a column of those who attended; below them a row of squares, filled in the months it was a
 * member and empty in the others. The two columns differ in pattern and lightness, not only in colour, and the
 * table that follows holds every month's figures.
 *
 * @param months       the months, oldest first
 * @param ticks        the people axis, at the left
 * @param description  the chart in words, for its {@code <desc>}
 */
record TrendChart(List<Month> months, List<Tick> ticks, String description) {

    static final int WIDTH = 960;
    static final int HEIGHT = 312;
    static final double PLOT_LEFT = 84;
    static final double PLOT_RIGHT = 910;
    static final double PLOT_TOP = 50;
    static final double PLOT_BOTTOM = 250;
    static final double MEMBER_ROW = 296;
    static final double SQUARE = 14;

    /** One month: its two columns (absent when zero), its label (every third month) and whether it was a member. */
    record Month(String words, double centre, Column booked, Column attended, String label, boolean member,
            double squareX) {

        /** The membership square: filled in a month of membership, empty in the others. */
        public String squareClass() {
            return member ? "svuk-chart__member" : "svuk-chart__not-member";
        }
    }

    /** A column, from the axis up. */
    record Column(double x, double y, double width, double height) {
    }

    static TrendChart of(List<MonthEngagement> trend, UkFormats uk) {
        int largest = trend.stream().mapToInt(m -> Math.max(m.attendees(), m.attended())).max().orElse(0);
        AxisScale scale = AxisScale.upTo(largest, 4);
        double slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, trend.size());
        double columnWidth = Math.min(14, (slot - 8) / 2);
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            MonthEngagement month = trend.get(i);
            double centre = PLOT_LEFT + slot * i + slot / 2;
            boolean labelled = (trend.size() - 1 - i) % 3 == 0;
            months.add(new Month(uk.month(month.month()), rounded(centre),
                    column(month.attendees(), centre - columnWidth - 0.5, columnWidth, scale),
                    column(month.attended(), centre + 0.5, columnWidth, scale),
                    labelled ? uk.shortMonth(month.month()) : null, month.member(), rounded(centre - SQUARE / 2)));
        }
        List<Tick> ticks = scale.ticks().stream()
                .map(value -> new Tick(rounded(PLOT_BOTTOM - scale.fraction(value) * (PLOT_BOTTOM - PLOT_TOP)),
                        String.valueOf(value)))
                .toList();
        return new TrendChart(months, ticks, describe(trend, uk));
    }

    private static Column column(int value, double x, double width, AxisScale scale) {
        if (value <= 0) {
            return null;
        }
        double height = scale.fraction(value) * (PLOT_BOTTOM - PLOT_TOP);
        return new Column(rounded(x), rounded(PLOT_BOTTOM - height), rounded(width), rounded(height));
    }

    private static String describe(List<MonthEngagement> trend, UkFormats uk) {
        if (trend.isEmpty()) {
            return "No months to show.";
        }
        int booked = trend.stream().mapToInt(MonthEngagement::attendees).sum();
        int attended = trend.stream().mapToInt(MonthEngagement::attended).sum();
        long member = trend.stream().filter(MonthEngagement::member).count();
        return "Columns for each month from " + uk.month(trend.get(0).month()) + " to "
                + uk.month(trend.get(trend.size() - 1).month()) + ": places booked and, beside them, people who "
                + "attended. In all, " + booked + (booked == 1 ? " place" : " places") + " booked and " + attended
                + (attended == 1 ? " person" : " people") + " attended. A member of Social Value UK in " + member
                + " of the " + trend.size() + " months, shown as filled squares below the months. Each month's "
                + "figures are in the table that follows.";
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public double plotLeft() {
        return PLOT_LEFT;
    }

    public double plotRight() {
        return PLOT_RIGHT;
    }

    public double plotBottom() {
        return PLOT_BOTTOM;
    }

    public double memberRow() {
        return MEMBER_ROW;
    }

    public double square() {
        return SQUARE;
    }
}
