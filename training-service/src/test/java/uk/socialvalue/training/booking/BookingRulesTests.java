package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.SessionScheduled;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.training.certificate.CertificateLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of sessions and bookings, without a store: what SessionTests asserted of the one aggregate that
 * held both, now that a booking is an aggregate of its own. How seats are counted and the waiting list kept
 * across bookings is the store's (SessionStoreTests, ConcurrentBookingTests).
 */
class BookingRulesTests {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant STARTS = Instant.parse("2026-03-20T09:30:00Z");
    static final Instant CUT_OFF = STARTS.minus(Duration.ofDays(3));

    @Test
    void schedulesASessionAndAnnouncesItWithItsPricesAndPlace() {
        Session session = session(10);

        assertThat(session.seatsLeft()).isEqualTo(10);
        assertThat(session.events()).singleElement().isInstanceOfSatisfying(SessionScheduled.class, event -> {
            assertThat(event.session().courseTitle()).isEqualTo("Social Value in Procurement");
            assertThat(event.session().venue()).isEqualTo("Salford Civic Centre");
            assertThat(event.session().timeZone()).isEqualTo("Europe/London");
            assertThat(event.prices().memberNet()).isEqualTo("250.00");
            assertThat(event.prices().nonMemberNet()).isEqualTo("400.00");
            assertThat(event.capacity()).isEqualTo(10);
        });
    }

    @Test
    void refusesASessionInThePastOrAnInPersonOneWithoutAVenue() {
        assertThatThrownBy(() -> Session.schedule("s", plan(10, SessionFormat.IN_PERSON, "Room 1", null),
                STARTS.plusSeconds(1))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("startsAt"));
        assertThatThrownBy(() -> plan(10, SessionFormat.IN_PERSON, " ", null))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("venue"));
        assertThatThrownBy(() -> plan(10, SessionFormat.ONLINE, null, "http://insecure.example/room"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("onlineUrl"));
    }

    @Test
    void confirmsABookingAtTheMemberPriceForEverySeatAndSaysSo() {
        Session session = session(10);
        var attendees = Attendees.normalised(attendees("ada@x.example", "alan@x.example"));

        Booking booking = Booking.confirmed("b1", session, request("org-1", attendees), attendees, "Salford",
                session.priceFor(2, PriceBasis.MEMBER), NOW);

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.price().summary().gross()).isEqualTo("600.00");
        assertThat(booking.events()).singleElement().isInstanceOfSatisfying(BookingConfirmed.class, event -> {
            assertThat(event.sessionId()).isEqualTo("session-1");
            assertThat(event.booking().attendees()).extracting(Attendee::email)
                    .containsExactly("ada@x.example", "alan@x.example");
            assertThat(event.booking().contact().email()).isEqualTo("booker@x.example");
            assertThat(event.booking().price().net()).isEqualTo("500.00");
            assertThat(event.booking().organisationName()).isEqualTo("Salford");
        });
    }

    @Test
    void waitlistsABookingWholeAtItsPosition() {
        Session session = session(3);
        var attendees = Attendees.normalised(attendees("c@y.example", "d@y.example"));

        Booking booking = Booking.waitlisted("b2", session, request("org-2", attendees), attendees, null,
                session.priceFor(2, PriceBasis.NON_MEMBER), NOW, new WaitingLists.Place(7, 1));

        assertThat(booking.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(booking.waitingNumber()).isEqualTo(7);
        assertThat(booking.events()).singleElement().isInstanceOfSatisfying(BookingWaitlisted.class,
                event -> assertThat(event.position()).isEqualTo(1));
    }

    @Test
    void refusesTheSameAttendeeTwiceInOneBookingAndMoreAttendeesThanSeats() {
        Session session = session(2);

        assertThatThrownBy(() -> Attendees.normalised(attendees("a@x.example", "A@x.example")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("attendees[1].email"));
        assertThatThrownBy(() -> session.checkBookable(3, NOW)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("attendees"));
    }

    @Test
    void closesBookingsAtTheCutOffAndOnACancelledSession() {
        Session session = session(10);

        assertThatThrownBy(() -> session.checkBookable(1, CUT_OFF)).isInstanceOf(BookingRefused.class)
                .hasMessageContaining("closed");
        session.checkBookable(1, CUT_OFF.minusMillis(1));
        session.cancel("Trainer unwell", NOW);
        assertThatThrownBy(() -> session.checkBookable(1, NOW)).isInstanceOf(BookingRefused.class)
                .hasMessageContaining("cancelled");
    }

    @Test
    void letsAnOrganisationCancelPlacesOnlyBeforeTheCutOffButAnAdminUntilTheStart() {
        Session session = session(10);
        Booking booking = confirmed(session, "a@x.example");

        assertThatThrownBy(() -> booking.cancel(BookingCancelled.Cause.ORGANISATION, null, session, CUT_OFF))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("cut-off");
        assertThatThrownBy(() -> booking.cancel(BookingCancelled.Cause.ADMIN, null, session, STARTS))
                .isInstanceOf(BookingRefused.class);
        booking.cancel(BookingCancelled.Cause.ADMIN, "Diary clash", session, CUT_OFF);
        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.events()).last().isInstanceOfSatisfying(BookingCancelled.class, event -> {
            assertThat(event.cause()).isEqualTo(BookingCancelled.Cause.ADMIN);
            assertThat(event.reason()).isEqualTo("Diary clash");
            assertThat(event.wasWaitlisted()).isFalse();
        });
        assertThatThrownBy(() -> booking.cancel(BookingCancelled.Cause.ADMIN, null, session, CUT_OFF))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("already");
    }

    @Test
    void letsAnOrganisationLeaveTheWaitingListAfterTheCutOff() {
        Session session = session(1);
        var attendees = Attendees.normalised(attendees("b@x.example"));
        Booking waiting = Booking.waitlisted("b2", session, request("org-2", attendees), attendees, null,
                session.priceFor(1, PriceBasis.MEMBER), NOW, new WaitingLists.Place(1, 1));

        waiting.cancel(BookingCancelled.Cause.ORGANISATION, null, session, CUT_OFF);

        assertThat(waiting.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(waiting.events()).last().isInstanceOfSatisfying(BookingCancelled.class,
                event -> assertThat(event.wasWaitlisted()).isTrue());
    }

    @Test
    void keepsThePriceABookingWasMadeAtWhenItIsPromoted() {
        Session session = session(1);
        var attendees = Attendees.normalised(attendees("b@x.example"));
        Booking waiting = Booking.waitlisted("waiting", session, request("org-2", attendees), attendees, null,
                session.priceFor(1, PriceBasis.NON_MEMBER), NOW, new WaitingLists.Place(1, 1));

        waiting.promote(session, NOW);

        assertThat(waiting.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(waiting.price().summary().net()).isEqualTo("400.00");
        assertThat(waiting.price().basis()).isEqualTo(PriceBasis.NON_MEMBER);
        assertThat(waiting.events()).last().isInstanceOf(BookingPromoted.class);
    }

    @Test
    void cancellingTheSessionCancelsItsBookingsWhateverTheCutOffAndTellsHowMany() {
        Session session = session(1);
        Booking booking = confirmed(session, "a@x.example");

        session.cancel("Trainer unwell", STARTS.minusSeconds(60));
        booking.cancel(BookingCancelled.Cause.SESSION_CANCELLED, session.cancellationReason(), session,
                STARTS.minusSeconds(60));
        session.announceCancellation(1, STARTS.minusSeconds(60));

        assertThat(booking.events()).last().isInstanceOfSatisfying(BookingCancelled.class,
                event -> assertThat(event.reason()).isEqualTo("Trainer unwell"));
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.events()).last().isInstanceOfSatisfying(SessionCancelled.class,
                event -> assertThat(event.bookingsCancelled()).isEqualTo(1));
        assertThatThrownBy(() -> session.cancel("again", NOW)).isInstanceOf(BookingRefused.class);
    }

    @Test
    void remindsAConfirmedBookingOnceFromTheConfiguredNumberOfDaysBefore() {
        Session session = session(1);
        Booking booking = confirmed(session, "a@x.example");
        Instant twoDaysBefore = STARTS.minus(Duration.ofDays(2));

        assertThat(booking.remind(session, 2, twoDaysBefore.minusMillis(1))).isFalse();
        assertThat(booking.remind(session, 2, twoDaysBefore)).isTrue();
        assertThat(booking.remind(session, 2, twoDaysBefore.plusSeconds(60))).isFalse();
        assertThat(booking.events()).last().isInstanceOfSatisfying(SessionReminderDue.class, event -> {
            assertThat(event.booking().bookingId()).isEqualTo(booking.id());
            assertThat(event.daysBefore()).isEqualTo(2);
        });
    }

    @Test
    void recordsAttendanceOnceTheSessionStartedWithTheCpdHoursEarned() {
        Session session = session(5);
        Booking booking = confirmed(session, "a@x.example", "b@x.example");

        assertThatThrownBy(() -> session.checkAttendanceOpen(NOW)).isInstanceOf(BookingRefused.class);
        session.checkAttendanceOpen(STARTS.plusSeconds(3600));
        booking.recordAttendance("a@x.example", true, session, STARTS.plusSeconds(3600), LINKS);
        booking.recordAttendance("b@x.example", false, session, STARTS.plusSeconds(3600), LINKS);
        booking.recordAttendance("a@x.example", true, session, STARTS.plusSeconds(7200), LINKS); // unchanged

        assertThat(booking.events()).filteredOn(AttendanceRecorded.class::isInstance)
                .map(AttendanceRecorded.class::cast)
                .extracting(e -> e.attendee().email() + " " + e.attended() + " " + e.cpdHours())
                .containsExactly("a@x.example true 6", "b@x.example false 0");
    }

    @Test
    void givesEachAttendeeWhoAttendedOneCertificateCodeKeptAcrossCorrections() {
        Session session = session(5);
        Booking booking = confirmed(session, "a@x.example", "b@x.example");
        Instant after = STARTS.plusSeconds(3600);

        booking.recordAttendance("a@x.example", true, session, after, LINKS);
        booking.recordAttendance("b@x.example", false, session, after, LINKS);
        String code = booking.certificateCode("a@x.example").orElseThrow();
        booking.recordAttendance("a@x.example", false, session, after, LINKS);
        assertThat(booking.certificateOf("a@x.example", session, after)).as("absent: no certificate").isEmpty();
        booking.recordAttendance("a@x.example", true, session, after, LINKS);

        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(booking.certificateCode("b@x.example")).isEmpty();
        assertThat(booking.certificateOf("a@x.example", session, after)).hasValueSatisfying(certificate -> {
            assertThat(certificate.code()).isEqualTo(code);
            assertThat(certificate.courseTitle()).isEqualTo("Social Value in Procurement");
            assertThat(certificate.cpdHours()).isEqualByComparingTo("6");
        });
        assertThat(booking.events()).filteredOn(AttendanceRecorded.class::isInstance)
                .map(AttendanceRecorded.class::cast).last().satisfies(event -> {
                    assertThat(event.certificateCode()).isEqualTo(code);
                    assertThat(event.certificateUrl()).as("never in plain text").isNull();
                    String link = TestLinkKeys.get().open(event.sealedCertificateUrl());
                    assertThat(link).startsWith("https://training.example/api/certificates/" + code
                            + "/pdf?signature=");
                    assertThat(LINKS.verifies(code, link.substring(link.indexOf('=') + 1))).isTrue();
                });
    }

    static final CertificateLinks LINKS = new CertificateLinks("https://training.example/", "test-secret",
            TestLinkKeys.get()::seal);

    static Session session(int capacity) {
        return Session.schedule("session-1", plan(capacity, SessionFormat.IN_PERSON, "Salford Civic Centre", null), NOW);
    }

    static Booking confirmed(Session session, String... emails) {
        var attendees = Attendees.normalised(attendees(emails));
        return Booking.confirmed("b-" + emails[0], session, request("org-1", attendees), attendees, null,
                session.priceFor(attendees.size(), PriceBasis.MEMBER), NOW);
    }

    static SessionPlan plan(int capacity, SessionFormat format, String venue, String onlineUrl) {
        return new SessionPlan(new CourseSnapshot("course-1", "SV-PROC", "Social Value in Procurement",
                new BigDecimal("6")), STARTS, STARTS.plus(Duration.ofHours(6)), format, venue, onlineUrl, capacity,
                new BigDecimal("250"), new BigDecimal("400.00"), CUT_OFF);
    }

    static List<Attendee> attendees(String... emails) {
        return java.util.Arrays.stream(emails).map(email -> new Attendee("Name of " + email, email)).toList();
    }

    static BookingRequest request(String organisationId, List<Attendee> attendees) {
        return new BookingRequest(organisationId, new BookingContact("person-1", "Booker", "booker@x.example"),
                attendees, "PO-123");
    }
}
