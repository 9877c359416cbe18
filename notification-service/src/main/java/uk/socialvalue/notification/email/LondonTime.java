package uk.socialvalue.notification.email;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.socialvalue.contracts.UkTime;

/** Times as people in the UK read them in an email: in London time, whatever the season. */
public final class LondonTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private LondonTime() {
    }

    /** "Monday 15 June 2026". */
    public static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(UkTime.ZONE));
    }

    /** "Monday 15 June 2026, 10:00 to 13:00 (UK time)", naming the end's day too when it differs. */
    public static String span(Instant start, Instant end) {
        if (start == null || end == null) {
            return null;
        }
        ZonedDateTime from = start.atZone(UkTime.ZONE);
        ZonedDateTime to = end.atZone(UkTime.ZONE);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to)
                : DAY.format(to) + ", " + TIME.format(to);
        return DAY.format(from) + ", " + TIME.format(from) + " to " + until + " (UK time)";
    }
}
