package uk.socialvalue.membership.engagement;

import java.time.YearMonth;

/** What one fact adds to its organisation's figures, and in which month. */
public record Contribution(YearMonth month, Figures figures) {
}
