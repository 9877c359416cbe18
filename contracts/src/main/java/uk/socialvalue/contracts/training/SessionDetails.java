package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * What an email about a session needs to say about it, without calling training-service back.
 *
 * @param sessionId    the session's id
 * @param courseId     the id of the course the session runs
 * @param courseCode   the course's short code, e.g. "SV-PROC"
 * @param courseTitle  the course's title, e.g. "Social Value in Procurement"
 * @param startsAt     when it starts (shown to people in Europe/London time)
 * @param endsAt       when it ends
 * @param timeZone     the zone to show the times in, {@code Europe/London}
 * @param format       online or in person
 * @param venue        where it is held, for {@link SessionFormat#IN_PERSON}; else {@code null}
 * @param onlineUrl    the link to join, for {@link SessionFormat#ONLINE}; else {@code null}
 * @param cpdHours     the CPD hours the course earns, as a decimal string such as "3.5"
 * @param calendarSequence  the SEQUENCE of the session's calendar entry: 0 when scheduled, one more with every
 *                          change its attendees are told about (a move, a new place or link, a cancellation);
 *                          {@code null} in events made before it was added, for which consumers fall back to what
 *                          they did before (notification-service derives a sequence from the event's time)
 */
public record SessionDetails(String sessionId, String courseId, String courseCode, String courseTitle,
        Instant startsAt, Instant endsAt, String timeZone, SessionFormat format, String venue, String onlineUrl,
        String cpdHours, Integer calendarSequence) {

    /** A session described without its calendar sequence, as events did before it was added. */
    public SessionDetails(String sessionId, String courseId, String courseCode, String courseTitle, Instant startsAt,
            Instant endsAt, String timeZone, SessionFormat format, String venue, String onlineUrl, String cpdHours) {
        this(sessionId, courseId, courseCode, courseTitle, startsAt, endsAt, timeZone, format, venue, onlineUrl,
                cpdHours, null);
    }
}
