package uk.socialvalue.portal.engagement;

import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.portal.api.MembershipApi.RegionEngagement;

import static uk.socialvalue.portal.engagement.AxisScale.rounded;

/**
 * Councils by engagement level, region by region, drawn as SVG on the server: one horizontal bar per region or
 * nation, as long as its number of councils, split into its councils at each level, the most engaged first. Each
 * level has a fill that differs in pattern and lightness as well as in colour, and every part wide enough carries
 * its count, so the chart reads without colour; the table that follows it holds every figure.
 *
 * @param height       of the drawing; its width is {@link #WIDTH}
 * @param bars         one per region, in the order of the table
 * @param ticks        the councils axis, below the bars
 * @param axisY        where the axis runs
 * @param description  the chart in words, for its {@code <desc>}
 */
record LevelChart(int height, List<Bar> bars, List<Tick> ticks, double axisY, String description) {

    static final int WIDTH = 960;
    static final double PLOT_LEFT = 250;
    static final double PLOT_RIGHT = 890;
    static final double PLOT_TOP = 44;
    static final double ROW = 34;
    static final double BAR = 24;
    /** Parts narrower than this show no count: the digits would not fit. */
    static final double NARROWEST_LABELLED = 24;

    /** The levels in the order the bars show them, with how each is drawn. */
    enum Level {
        LEADING("Leading", "leading", "svuk-chart__count--on-dark"),
        ENGAGED("Engaged", "engaged", "svuk-chart__count"),
        AWARE("Aware", "aware", "svuk-chart__count"),
        NONE("None", "with none", "svuk-chart__count");

        private final String words;
        private final String counted;
        private final String countClass;

        Level(String words, String counted, String countClass) {
            this.words = words;
            this.counted = counted;
            this.countClass = countClass;
        }

        public String words() {
            return words;
        }

        /** The fill, a pattern the page defines once (engagement/charts :: fills). */
        public String fill() {
            return "url(#svuk-fill-" + name().toLowerCase() + ")";
        }

        public String countClass() {
            return countClass;
        }

        int of(RegionEngagement region) {
            return switch (this) {
                case LEADING -> region.leading();
                case ENGAGED -> region.engaged();
                case AWARE -> region.aware();
                case NONE -> region.none();
            };
        }
    }

    /** A region's bar: its name at the left, its parts, and its number of councils at the right. */
    record Bar(String region, double y, double textY, List<Part> parts, double totalX, int total) {
    }

    /** The councils of one level in a region's bar; {@code count} is shown only where it fits. */
    record Part(Level level, double x, double width, int count, boolean labelled, double labelX) {
    }

    /** A labelled value on an axis, at {@code position}. */
    record Tick(double position, String label) {
    }

    static LevelChart of(List<RegionEngagement> regions) {
        int largest = regions.stream().mapToInt(RegionEngagement::councils).max().orElse(0);
        AxisScale scale = AxisScale.upTo(largest, 4);
        double plotWidth = PLOT_RIGHT - PLOT_LEFT;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            RegionEngagement region = regions.get(i);
            double y = PLOT_TOP + i * ROW;
            double x = PLOT_LEFT;
            List<Part> parts = new ArrayList<>();
            for (Level level : Level.values()) {
                int count = level.of(region);
                if (count > 0) {
                    double width = scale.fraction(count) * plotWidth;
                    parts.add(new Part(level, rounded(x), rounded(width), count, width >= NARROWEST_LABELLED,
                            rounded(x + width / 2)));
                    x += width;
                }
            }
            bars.add(new Bar(region.region(), rounded(y), rounded(y + BAR / 2 + 5), parts, rounded(x + 8),
                    region.councils()));
        }
        double axisY = PLOT_TOP + regions.size() * ROW;
        List<Tick> ticks = scale.ticks().stream()
                .map(value -> new Tick(rounded(PLOT_LEFT + scale.fraction(value) * plotWidth), String.valueOf(value)))
                .toList();
        return new LevelChart((int) Math.ceil(axisY + 56), bars, ticks, rounded(axisY), describe(regions));
    }

    private static String describe(List<RegionEngagement> regions) {
        int councils = regions.stream().mapToInt(RegionEngagement::councils).sum();
        StringBuilder words = new StringBuilder("A bar for each of the ").append(regions.size())
                .append(" regions and nations, as long as its number of councils and split by engagement level, "
                        + "most engaged first. Across them, of ").append(councils).append(" councils: ");
        List<String> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(regions.stream().mapToInt(level::of).sum() + " " + level.counted);
        }
        return words.append(String.join(", ", levels)).append(". Each region's figures are in the table that follows.")
                .toString();
    }

    public int width() {
        return WIDTH;
    }

    public double plotTop() {
        return PLOT_TOP - 6;
    }

    public double labelX() {
        return PLOT_LEFT - 10;
    }

    public double plotLeft() {
        return PLOT_LEFT;
    }

    public double plotRight() {
        return PLOT_RIGHT;
    }

    public double barHeight() {
        return BAR;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    public List<Level> legend() {
        return List.of(Level.values());
    }
}
