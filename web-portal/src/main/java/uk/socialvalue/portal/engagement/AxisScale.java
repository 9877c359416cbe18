package uk.socialvalue.portal.engagement;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A chart's value axis from 0 to a round number at or above the largest value, in round steps (1, 2 or 5 times a
 * power of ten), so that its labels read 0, 10, 20, 30, 40 rather than 0, 9.75, 19.5.
 *
 * @param top   the axis' end
 * @param step  the distance between two labels
 */
record AxisScale(int top, int step) {

    /** About {@code steps} steps up to {@code largest}; an empty chart still gets an axis, 0 to {@code steps}. */
    static AxisScale upTo(int largest, int steps) {
        if (largest <= 0) {
            return new AxisScale(steps, 1);
        }
        double raw = (double) largest / steps;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double round = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        int step = Math.max(1, (int) Math.round(round * magnitude));
        return new AxisScale((int) Math.ceil((double) largest / step) * step, step);
    }

    /** The labelled values, 0 first. */
    List<Integer> ticks() {
        return IntStream.iterate(0, value -> value <= top, value -> value + step).boxed().toList();
    }

    /** How far along the axis a value lies, 0 to 1. */
    double fraction(int value) {
        return Math.max(0, Math.min(1, (double) value / top));
    }

    /** A coordinate to a tenth of a pixel, which is all the drawing needs. */
    static double rounded(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }
}
