package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Locale;

/**
 * Whether one attendee of a booking attended its session, and the CPD hours that earned. It counts in the
 * month the session started. Attendance can be corrected; the latest record wins.
 *
 * @param attendee  a one-way digest of the attendee's email, enough to tell attendees apart without keeping
 *                  their address in the read model
 */
public record AttendanceFact(String bookingId, String attendee, String organisationId, Course course,
        YearMonth heldIn, boolean attended, BigDecimal cpdHours, String eventId, Instant occurredAt) implements Fact {

    @Override
    public String key() {
        return "attendance:" + bookingId + ":" + attendee;
    }

    @Override
    public Contribution contribution() {
        return new Contribution(heldIn, attended ? Figures.attendance(course, cpdHours) : Figures.NONE);
    }

    @Override
    public Fact updatedBy(Fact newer) {
        AttendanceFact report = (AttendanceFact) newer;
        return new AttendanceFact(bookingId, attendee, organisationId, report.course, heldIn, report.attended,
                report.cpdHours, report.eventId, report.occurredAt);
    }

    /** The digest that stands for an attendee's email, whatever its case. */
    public static String attendeeKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
