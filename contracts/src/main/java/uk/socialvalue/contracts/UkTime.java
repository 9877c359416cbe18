package uk.socialvalue.contracts;

import java.time.ZoneId;

/**
 * The UK's time zone, {@code Europe/London}, summer time included: membership dates are UK dates, and every
 * time shown to people (sessions, meetings, emails, calendar entries) is UK time. Events carry instants and,
 * where a consumer must show them, this zone's id.
 */
public final class UkTime {

    /** The zone's IANA id, for where a string is needed (iCalendar, event fields). */
    public static final String ZONE_ID = "Europe/London";

    /** The zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private UkTime() {
    }
}
