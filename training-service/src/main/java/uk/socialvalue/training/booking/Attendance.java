package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.training.accreditation.Accrediting;
import uk.socialvalue.training.certificate.CertificateLinks;
import uk.socialvalue.training.certificate.Certificates;

/**
 * SVUK admins recording who attended a session, which earns them CPD hours, a certificate and the accreditation
 * levels the course completes.
 */
public class Attendance {

    private final Sessions sessions;
    private final SessionBookings bookings;
    private final AttendeePlaces places;
    private final Certificates certificates;
    private final CertificateLinks links;
    private final Accrediting accrediting;
    private final Retry retry;
    private final Clock clock;

    public Attendance(Sessions sessions, SessionBookings bookings, AttendeePlaces places, Certificates certificates,
            CertificateLinks links, Accrediting accrediting, Retry retry, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.places = places;
        this.certificates = certificates;
        this.links = links;
        this.accrediting = accrediting;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Records who attended, once the session has started; an event per attendee whose record changed.
     *
     * @throws InvalidField  when an email is not a confirmed attendee's
     * @throws BookingRefused when the session was cancelled or has not started
     */
    public Session record(String sessionId, List<AttendanceMark> marks) {
        Session session = sessions.byId(sessionId).orElseThrow(() -> new NotFound("No session " + sessionId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        session.checkAttendanceOpen(now);
        Map<String, List<AttendanceMark>> byBooking = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            String email = Attendees.email(marks.get(i).email());
            int index = i;
            String bookingId = places.holder(sessionId, email)
                    .filter(id -> bookings.byId(id).filter(b -> b.status() == BookingStatus.CONFIRMED).isPresent())
                    .orElseThrow(() -> new InvalidField("attendance[" + index + "].email",
                            "is not the email of a confirmed attendee"));
            byBooking.computeIfAbsent(bookingId, id -> new ArrayList<>())
                    .add(new AttendanceMark(email, marks.get(i).attended()));
        }
        byBooking.forEach((bookingId, its) -> {
            Booking saved = retry.onConflict(() -> {
                Booking booking = bookings.byId(bookingId).orElseThrow();
                its.forEach(mark -> booking.recordAttendance(mark.email(), mark.attended(), session, now, links));
                if (!booking.events().isEmpty()) {
                    bookings.save(booking);
                }
                return booking;
            });
            // After the booking, which holds the codes: recording the same attendance again repairs a certificate
            // that a crash between the two writes left out.
            its.forEach(mark -> saved.certificateOf(mark.email(), session, now).ifPresentOrElse(certificate -> {
                certificates.issue(certificate);
                accrediting.attended(certificate);
            }, () -> saved.certificateCode(mark.email()).ifPresent(code -> {
                certificates.revoke(code);
                accrediting.absent(mark.email(), session.plan().course().code(),
                        LocalDate.ofInstant(session.plan().startsAt(), UkTime.ZONE));
            })));
        });
        return session;
    }
}
