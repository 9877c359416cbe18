package uk.socialvalue.portal.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates, times and money as people in the UK read them, in the GOV.UK style ("Tuesday 3 March 2026, 10am to
 * 12:30pm", "£1,500.00"). The services answer with instants; the UK clock, summer time included, is applied
 * only here. Templates call it as {@code ${@uk.date(...)}}.
 */
@Component("uk")
public class UkFormats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    public String shortDate(Instant instant) {
        return instant == null ? "" : SHORT.format(instant.atZone(LONDON)) + " " + time(instant.atZone(LONDON)
                .toLocalTime());
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }

    /** "Tuesday 3 March 2026, 10am". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(LONDON);
        return DAY.format(at) + ", " + time(at.toLocalTime());
    }

    /** "Tuesday 3 March 2026, 10am to 12:30pm", or both days when it runs past midnight. */
    public String range(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(LONDON);
        ZonedDateTime to = end.atZone(LONDON);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + time(to.toLocalTime());
        }
        return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + DAY.format(to) + ", "
                + time(to.toLocalTime());
    }

    public String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        return time.getMinute() == 0 ? hour + suffix
                : String.format(Locale.UK, "%d:%02d%s", hour, time.getMinute(), suffix);
    }

    /** "£1,500.00" from an amount the services send as text. */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(new BigDecimal(amount));
    }

    /** "3 hours", "1.5 hours". */
    public String hours(BigDecimal hours) {
        if (hours == null) {
            return "";
        }
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    /** An enum-like word from an API, "PENDING_APPROVAL", as people read it: "Pending approval". */
    public String words(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
