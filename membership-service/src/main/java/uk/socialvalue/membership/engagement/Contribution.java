package uk.socialvalue.membership.engagement;

import java.time.YearMonth;

/**
 * What one fact adds to its organisation's figures, and in which month; and, for an accreditation level held,
 * the holding it adds to the organisation's accredited people.
 *
 * @param holding  the level held, or {@code null}
 */
public record Contribution(YearMonth month, Figures figures, Holding holding) {

    public Contribution(YearMonth month, Figures figures) {
        this(month, figures, null);
    }
}
