package uk.socialvalue.support.invoicing;

import java.time.LocalDate;
import java.time.Month;

/** A UK financial year, 1 April to 31 March, named by its two calendar years: "2026-27". */
public record FinancialYear(int startYear) {

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
