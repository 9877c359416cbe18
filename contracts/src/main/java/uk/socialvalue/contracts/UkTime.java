package uk.socialvalue.contracts;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The UK's time zone, {@code Europe/London}, summer time included: membership dates are UK dates, and every
 * time shown to people (sessions, meetings, emails, calendar entries) is UK time. Events carry instants and,
 * where a consumer must show them, this zone's id. Pages show times in the GOV.UK style ("Tuesday 3 March
 * 2026, 10am to 12:30pm"), which {@link #range} and {@link #time} write, for the services' own pages and the
 * web portal alike.
 */
public final class UkTime {

    /** The zone's IANA id, for where a string is needed (iCalendar, event fields). */
    public static final String ZONE_ID = "Europe/London";

    /** The zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private UkTime() {
    }

    /** "Tuesday 3 March 2026", on the UK clock. */
    public static String day(Instant instant) {
        return DAY.format(instant.atZone(ZONE));
    }

    /** "Tuesday 3 March 2026, 10am to 12:30pm" on the UK clock, or both days when it runs past midnight. */
    public static String range(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(ZONE);
        ZonedDateTime to = end.atZone(ZONE);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + time(to.toLocalTime());
        }
        return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + DAY.format(to) + ", "
                + time(to.toLocalTime());
    }

    /** A time of day as GOV.UK writes it: "10am", "12:30pm", "midday", "midnight". */
    public static String time(LocalTime time) {
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
}
