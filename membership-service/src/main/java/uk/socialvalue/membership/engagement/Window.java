package uk.socialvalue.membership.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The UK calendar months the figures are about, ending with the current one by the service's clock: the last
 * 12 months (the current month and the eleven before it) and the 24-month trend.
 *
 * @param current  this month, in Europe/London
 */
public record Window(YearMonth current) {

    /** Months are UK months: an event at 23:30 UTC on 31 March 2025 (00:30 BST) belongs to April. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    static final int LAST_MONTHS = 12;
    static final int TREND_MONTHS = 24;

    public static Window at(Clock clock) {
        return new Window(YearMonth.now(clock.withZone(UK)));
    }

    /** The UK month an instant falls in. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(UK));
    }

    /** The first of the last 12 months. */
    public YearMonth firstOfLastYear() {
        return current.minusMonths(LAST_MONTHS - 1);
    }

    /** The first month of the trend, and the oldest month the read model keeps. */
    public YearMonth firstOfTrend() {
        return current.minusMonths(TREND_MONTHS - 1);
    }

    public boolean inLastYear(YearMonth month) {
        return !month.isBefore(firstOfLastYear()) && !month.isAfter(current);
    }

    /** The last 12 months, oldest first. */
    public List<YearMonth> lastYearMonths() {
        return Stream.iterate(firstOfLastYear(), month -> month.plusMonths(1)).limit(LAST_MONTHS).toList();
    }

    /** The trend's months, oldest first. */
    public List<YearMonth> trendMonths() {
        return Stream.iterate(firstOfTrend(), month -> month.plusMonths(1)).limit(TREND_MONTHS).toList();
    }

    static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(UK).toInstant();
    }
}
