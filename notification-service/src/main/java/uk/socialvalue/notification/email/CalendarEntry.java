package uk.socialvalue.notification.email;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar entry an email carries (an iCalendar request or cancellation), kept in the email's model so
 * that the delivery log holds everything a resend needs.
 *
 * @param method         whether the email puts the entry in the recipient's calendar or takes it out
 * @param uid            the entry's UID, stable per session or meeting, so a later message replaces it
 * @param sequence       the entry's SEQUENCE: the session's or meeting's calendar sequence; see {@link #sequence}
 * @param stamp          when the message was made (the event's time), its DTSTAMP
 * @param startsAt       when the session or meeting starts
 * @param endsAt         when it ends
 * @param summary        its title
 * @param location       the venue or the joining link, or {@code null}
 * @param description    a few lines about it, or {@code null}
 * @param participation  how the recipient takes part, for the ATTENDEE's PARTSTAT
 */
public record CalendarEntry(Method method, String uid, int sequence, Instant stamp, Instant startsAt, Instant endsAt,
        String summary, String location, String description, Participation participation) {

    /** The domain that makes the UIDs globally unique (RFC 5545 recommends one's own). */
    public static final String UID_DOMAIN = "svuk.socialvalueuk.org";

    private static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final String PREFIX = "calendar";

    /** The iTIP method (RFC 5546) of the message. */
    public enum Method {
        /** Adds the entry, or updates it when it is already there. */
        REQUEST,
        /** Removes the entry. */
        CANCEL
    }

    /** The recipient's participation status, as the ATTENDEE's PARTSTAT says it. */
    public enum Participation {
        /** Invited, not answered yet. */
        NEEDS_ACTION("NEEDS-ACTION"),
        /** Booked or accepted. */
        ACCEPTED("ACCEPTED");

        private final String value;

        Participation(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** The UID of a training session's entry. */
    public static String sessionUid(String sessionId) {
        return "session-" + sessionId + "@" + UID_DOMAIN;
    }

    /** The UID of a working-group meeting's entry. */
    public static String meetingUid(String meetingId) {
        return "meeting-" + meetingId + "@" + UID_DOMAIN;
    }

    /**
     * The SEQUENCE of a message about an entry: the calendar sequence its session or meeting carries (0 when
     * scheduled, one more with every change its people are told about, so each update is exactly the previous
     * SEQUENCE + 1). A message to one person that changes nothing for the others (a booking cancelled, an
     * invitation declined or withdrawn, a newcomer's place) keeps the current SEQUENCE, and its DTSTAMP, the
     * event's time, orders it among messages of the same SEQUENCE (RFC 5546, 2.1.5). Events made before the
     * sequence was carried have none: they fall back to {@link #sequenceAt}, the time-derived number they were
     * sent with then, so a redelivery or a resend of one makes the same message as before.
     */
    public static int sequence(Integer calendarSequence, Instant occurredAt, Method method) {
        return calendarSequence != null ? calendarSequence : sequenceAt(occurredAt, method);
    }

    /**
     * The SEQUENCE of a message made at {@code occurredAt} by an event that carries no calendar sequence (made
     * before it was added): two per second since 2024, the odd one for a cancellation. It fits an int until 2058.
     */
    public static int sequenceAt(Instant occurredAt, Method method) {
        long seconds = Math.max(0, Duration.between(SEQUENCE_EPOCH, occurredAt).getSeconds());
        return Math.toIntExact(seconds * 2 + (method == Method.CANCEL ? 1 : 0));
    }

    /** The entry as model values, to add to an email's model. */
    public Map<String, String> toModel() {
        Map<String, String> model = new HashMap<>();
        model.put(PREFIX + "Method", method.name());
        model.put(PREFIX + "Uid", uid);
        model.put(PREFIX + "Sequence", Integer.toString(sequence));
        model.put(PREFIX + "Stamp", stamp.toString());
        model.put(PREFIX + "StartsAt", startsAt.toString());
        model.put(PREFIX + "EndsAt", endsAt.toString());
        model.put(PREFIX + "Summary", summary);
        model.put(PREFIX + "Participation", participation.name());
        if (location != null) {
            model.put(PREFIX + "Location", location);
        }
        if (description != null) {
            model.put(PREFIX + "Description", description);
        }
        return model;
    }

    /** The entry an email's model holds, if it holds one. */
    public static Optional<CalendarEntry> fromModel(Map<String, String> model) {
        String method = model.get(PREFIX + "Method");
        if (method == null) {
            return Optional.empty();
        }
        return Optional.of(new CalendarEntry(Method.valueOf(method), model.get(PREFIX + "Uid"),
                Integer.parseInt(model.get(PREFIX + "Sequence")), Instant.parse(model.get(PREFIX + "Stamp")),
                Instant.parse(model.get(PREFIX + "StartsAt")), Instant.parse(model.get(PREFIX + "EndsAt")),
                model.get(PREFIX + "Summary"), model.get(PREFIX + "Location"), model.get(PREFIX + "Description"),
                Participation.valueOf(model.get(PREFIX + "Participation"))));
    }
}
