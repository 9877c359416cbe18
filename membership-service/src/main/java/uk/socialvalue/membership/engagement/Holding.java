package uk.socialvalue.membership.engagement;

import java.time.LocalDate;

/**
 * A level of an accreditation track that one person holds through an organisation, until the day it expires.
 *
 * @param holder     a one-way digest of the person's email (as {@link AttendanceFact#attendeeKey} makes it)
 * @param level      the track and level, {@code <trackId>/<level>}
 * @param expiresOn  the last day it is valid
 */
public record Holding(String holder, String level, LocalDate expiresOn) {

    /** Its key among an organisation's holdings: the person and the level. */
    public String key() {
        return holder + "|" + level;
    }

    /** Whether it is valid on this day. */
    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
