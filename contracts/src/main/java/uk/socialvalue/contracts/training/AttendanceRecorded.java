package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * SVUK recorded whether one attendee attended a session; an attendance earns the course's CPD hours, ready
 * for a certificate. Recorded again only when it changes.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when it was recorded
 * @param sessionId       the session
 * @param session         what the session was
 * @param bookingId       the booking the attendee's place belongs to
 * @param organisationId  the booking organisation
 * @param attendee        who
 * @param attended        whether they attended
 * @param cpdHours        the CPD hours earned, as a decimal string: the course's hours if attended, else "0"
 * @param certificateCode the verification code of the attendee's certificate if attended, else {@code null}
 * @param certificateUrl  a signed link to the certificate's PDF if attended, else {@code null}; added to
 *                        version 1 as optional fields, which readers of the earlier shape ignore
 */
public record AttendanceRecorded(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        String bookingId, String organisationId, Attendee attendee, boolean attended, String cpdHours,
        String certificateCode, String certificateUrl)
        implements TrainingEvent {
}
