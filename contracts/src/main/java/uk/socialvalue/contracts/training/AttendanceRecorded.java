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
 * @param certificateUrl  always {@code null} now; events recorded before the link was sealed carried the signed
 *                        link here in plain text (readers no longer use it)
 * @param sealedCertificateUrl the signed link to the certificate's PDF if attended, else {@code null}, sealed for
 *                        notification-service alone (a JWE to its public key, as
 *                        {@link uk.socialvalue.contracts.membership.PasswordSetupRequested}'s link is): the link
 *                        is a bearer credential for a document with the attendee's full name, so neither a topic
 *                        nor an outbox may hold it in plain text. The code, certificate link and sealed link were
 *                        added to version 1 as optional fields, which readers of the earlier shape ignore
 */
public record AttendanceRecorded(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        String bookingId, String organisationId, Attendee attendee, boolean attended, String cpdHours,
        String certificateCode, String certificateUrl, String sealedCertificateUrl)
        implements TrainingEvent {

    /** An attendance as events recorded it before the certificate link was sealed. */
    public AttendanceRecorded(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
            String bookingId, String organisationId, Attendee attendee, boolean attended, String cpdHours,
            String certificateCode, String certificateUrl) {
        this(eventId, occurredAt, sessionId, session, bookingId, organisationId, attendee, attended, cpdHours,
                certificateCode, certificateUrl, null);
    }
}
