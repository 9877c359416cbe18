package uk.socialvalue.portal.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.UkTime;

/**
 * Dates, times and money as people in the UK read them, in the GOV.UK style ("Tuesday 3 March 2026, 10am to
 * 12:30pm", "£1,500.00"). The services answer with instants; the UK clock, summer time included, is applied
 * only here, worded as {@link UkTime} words it for the services' own pages. Templates call it as
 * {@code ${@uk.date(...)}}.
 */
@Component("uk")
public class UkFormats {

    private static final ZoneId LONDON = UkTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

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
        return instant == null ? "" : UkTime.day(instant);
    }

    /** "Tuesday 3 March 2026, 10am". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : UkTime.day(instant) + ", " + time(instant.atZone(LONDON).toLocalTime());
    }

    /** "Tuesday 3 March 2026, 10am to 12:30pm", or both days when it runs past midnight. */
    public String range(Instant start, Instant end) {
        return UkTime.range(start, end);
    }

    public String time(LocalTime time) {
        return UkTime.time(time);
    }

    /** "£1,500.00" from an amount the services send as text. */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(new BigDecimal(amount));
    }

    /** "June 2025". */
    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "Jun 2025", where a chart's axis has little room. */
    public String shortMonth(YearMonth month) {
        return month == null ? "" : SHORT_MONTH.format(month);
    }

    /** "1,234.5": a count or an amount of hours, grouped in thousands, without trailing zeros. */
    public String number(BigDecimal number) {
        if (number == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(number);
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
