package uk.socialvalue.portal.admin;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.socialvalue.contracts.UkTime;

/**
 * Reads a UK date (day, month and year, the GOV.UK date input) and a time of day ("10:00", "2pm", "14:30")
 * as staff type them, and turns them into the instant the services store. Summer time is applied here.
 */
final class UkWallClock {

    private static final List<DateTimeFormatter> TIMES = List.of(
            DateTimeFormatter.ofPattern("H:mm", Locale.UK),
            DateTimeFormatter.ofPattern("H.mm", Locale.UK),
            DateTimeFormatter.ofPattern("h:mma", Locale.UK),
            DateTimeFormatter.ofPattern("ha", Locale.UK));

    private UkWallClock() {
    }

    static Optional<LocalDate> date(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.UK).replace(" ", "");
        if (normalised.equals("MIDDAY") || normalised.equals("NOON")) {
            return Optional.of(LocalTime.NOON);
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(normalised, format.withLocale(Locale.US)));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(UkTime.ZONE).toInstant();
    }
}
