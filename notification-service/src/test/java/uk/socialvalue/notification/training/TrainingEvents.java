package uk.socialvalue.notification.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.socialvalue.contracts.training.AccreditationExpiryDue;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.AttendeesSubstituted;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPrice;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingRescheduled;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.InvoiceDetails;
import uk.socialvalue.contracts.training.InvoiceIssued;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.support.test.TestLinkKeys;

/** Training events as training-service publishes them: a session in Salford, a booking by Grace for two. */
final class TrainingEvents {

    /** 15 June 2026, 10:00 to 13:00 British Summer Time. */
    static final Instant STARTS_AT = Instant.parse("2026-06-15T09:00:00Z");
    static final Instant ENDS_AT = Instant.parse("2026-06-15T12:00:00Z");

    /** The signed link to a certificate's PDF, which travels sealed. */
    static final String CERTIFICATE_LINK = "https://training.example/api/certificates/7K3M-9QX2-TP4B/pdf?signature=abc";

    private TrainingEvents() {
    }

    static SessionDetails session(String sessionId) {
        return session(sessionId, "Social Value in Procurement", "The Lowry, Salford Quays");
    }

    static SessionDetails session(String sessionId, String courseTitle, String venue) {
        return new SessionDetails(sessionId, "c-1", "SV-PROC", courseTitle, STARTS_AT, ENDS_AT, "Europe/London",
                SessionFormat.IN_PERSON, venue, null, "3.5", 0);
    }

    static SessionDetails onlineSession(String sessionId, String onlineUrl) {
        return new SessionDetails(sessionId, "c-1", "SV-PROC", "Social Value in Procurement", STARTS_AT, ENDS_AT,
                "Europe/London", SessionFormat.ONLINE, null, onlineUrl, "3.5", 0);
    }

    static BookingSummary booking(String contactEmail, String... attendeeEmails) {
        List<Attendee> attendees = java.util.Arrays.stream(attendeeEmails)
                .map(email -> new Attendee(nameOf(email), email)).toList();
        return new BookingSummary("b-" + UUID.randomUUID(), "org-1", "Salford",
                new BookingContact("p-1", "Grace Hopper", contactEmail), attendees, attendees.size(), "PO-1234",
                new BookingPrice("500.00", "100.00", "600.00", "GBP", PriceBasis.MEMBER));
    }

    static BookingConfirmed confirmed(SessionDetails session, BookingSummary booking) {
        return new BookingConfirmed(id(), Instant.now(), session.sessionId(), session, booking);
    }

    static BookingWaitlisted waitlisted(SessionDetails session, BookingSummary booking, int position) {
        return new BookingWaitlisted(id(), Instant.now(), session.sessionId(), session, booking, position);
    }

    static BookingPromoted promoted(SessionDetails session, BookingSummary booking) {
        return new BookingPromoted(id(), Instant.now(), session.sessionId(), session, booking);
    }

    static BookingCancelled cancelled(SessionDetails session, BookingSummary booking, boolean wasWaitlisted,
            BookingCancelled.Cause cause, String reason) {
        return new BookingCancelled(id(), Instant.now(), session.sessionId(), session, booking, wasWaitlisted, cause,
                reason);
    }

    static SessionCancelled sessionCancelled(SessionDetails session, String reason) {
        return new SessionCancelled(id(), Instant.now(), session.sessionId(), session, reason, 1);
    }

    static SessionReminderDue reminder(SessionDetails session, BookingSummary booking) {
        return new SessionReminderDue(id(), Instant.now(), session.sessionId(), session, booking, 7);
    }

    static AttendanceRecorded attendance(SessionDetails session, String email, boolean attended) {
        return new AttendanceRecorded(id(), Instant.now(), session.sessionId(), session, "b-1", "org-1",
                new Attendee(nameOf(email), email), attended, attended ? "3.5" : "0", attended ? "7K3M-9QX2-TP4B" : null,
                null, attended ? TestLinkKeys.get().seal(CERTIFICATE_LINK) : null);
    }

    static BookingRescheduled rescheduled(SessionDetails previous, SessionDetails session, BookingSummary booking,
            boolean waitlisted, Instant at, SessionChange... changes) {
        return new BookingRescheduled(id(), at, session.sessionId(), session, previous, List.of(changes), booking,
                waitlisted);
    }

    static AttendeesSubstituted substituted(SessionDetails session, BookingSummary booking, List<Attendee> left,
            List<Attendee> joined) {
        return new AttendeesSubstituted(id(), Instant.now(), session.sessionId(), session, booking, left, joined,
                false);
    }

    /** The session a week later, at another venue: one more change its attendees are told of. */
    static SessionDetails movedOn(SessionDetails session) {
        return new SessionDetails(session.sessionId(), session.courseId(), session.courseCode(),
                session.courseTitle(), session.startsAt().plus(java.time.Duration.ofDays(7)),
                session.endsAt().plus(java.time.Duration.ofDays(7)), session.timeZone(), session.format(),
                "Manchester Town Hall", null, session.cpdHours(), session.calendarSequence() + 1);
    }

    /** The session as its cancellation describes it: one more change its attendees are told of. */
    static SessionDetails cancelledSession(SessionDetails session) {
        return new SessionDetails(session.sessionId(), session.courseId(), session.courseCode(),
                session.courseTitle(), session.startsAt(), session.endsAt(), session.timeZone(), session.format(),
                session.venue(), session.onlineUrl(), session.cpdHours(), session.calendarSequence() + 1);
    }

    /** The session as events made before the calendar sequence was carried describe it. */
    static SessionDetails withoutSequence(SessionDetails session) {
        return new SessionDetails(session.sessionId(), session.courseId(), session.courseCode(),
                session.courseTitle(), session.startsAt(), session.endsAt(), session.timeZone(), session.format(),
                session.venue(), session.onlineUrl(), session.cpdHours());
    }

    static InvoiceIssued invoiced(SessionDetails session, BookingSummary booking, byte[] pdf) {
        return new InvoiceIssued(id(), Instant.now(), session.sessionId(), session, booking,
                new InvoiceDetails("TRN-2026-27-000042", java.time.LocalDate.of(2026, 5, 1),
                        java.time.LocalDate.of(2026, 5, 31), "500.00", "100.00", "600.00", "GBP", "GB 999 9999 73",
                        "PO-1234", null, java.util.Base64.getEncoder().encodeToString(pdf)));
    }

    static AccreditationLevelCompleted levelCompleted(String trackId, String email) {
        return new AccreditationLevelCompleted(id(), Instant.now(), trackId, "Social Value Practitioner", 2, 3,
                "Social Value in Procurement", new Attendee(nameOf(email), email), "org-1",
                java.time.LocalDate.of(2026, 6, 15), java.time.LocalDate.of(2028, 6, 14));
    }

    static AccreditationLevelWithdrawn levelWithdrawn(String trackId, String email) {
        return new AccreditationLevelWithdrawn(id(), Instant.now(), trackId, "Social Value Practitioner", 2,
                "Social Value in Procurement", new Attendee(nameOf(email), email), "org-1",
                java.time.LocalDate.of(2026, 6, 15));
    }

    static AccreditationExpiryDue expiryDue(String trackId, String email) {
        return new AccreditationExpiryDue(id(), Instant.now(), trackId, "Social Value Practitioner", 2,
                "Social Value in Procurement", new Attendee(nameOf(email), email), "org-1",
                java.time.LocalDate.of(2028, 6, 14), 60);
    }

    static String sessionId() {
        return "s-" + UUID.randomUUID();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    static String nameOf(String email) {
        String local = email.substring(0, email.indexOf('@'));
        String first = local.contains("-") ? local.substring(0, local.indexOf('-')) : local;
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Attendee";
    }
}
