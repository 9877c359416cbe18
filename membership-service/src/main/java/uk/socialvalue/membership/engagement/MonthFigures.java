package uk.socialvalue.membership.engagement;

import java.time.YearMonth;

/**
 * A council's figures for one UK month of the trend.
 *
 * @param member  whether it was a member at any time in the month
 */
public record MonthFigures(YearMonth month, boolean member, Figures figures) {
}
