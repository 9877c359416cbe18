package uk.socialvalue.membership.workinggroup.web;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.socialvalue.contracts.UkTime;

/**
 * Meeting times as people in the UK read them, in the GOV.UK style: "Tuesday 3 March 2026, 10am to
 * 12:30pm". Meetings are stored as instants; the UK clock, with its summer time, is applied only here.
 */
final class LondonTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private LondonTimes() {
    }

    static String range(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(UkTime.ZONE);
        ZonedDateTime to = end.atZone(UkTime.ZONE);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + time(to.toLocalTime());
        }
        return DAY.format(from) + ", " + time(from.toLocalTime()) + " to " + DAY.format(to) + ", "
                + time(to.toLocalTime());
    }

    static String time(LocalTime time) {
        if (time.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        return time.getMinute() == 0 ? hour + suffix : String.format(Locale.UK, "%d:%02d%s", hour, time.getMinute(), suffix);
    }
}
