package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

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
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTests {

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
    void confirmsABookingThatFitsAtTheMemberPriceForEverySeat() {
        Session session = session(10);

        Booking booking = session.book("b1", request("org-1", "ada@x.example", "alan@x.example"), "Salford",
                PriceBasis.MEMBER, NOW);

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.price().summary().gross()).isEqualTo("600.00");
        assertThat(session.seatsLeft()).isEqualTo(8);
        assertThat(session.events()).last().isInstanceOfSatisfying(BookingConfirmed.class, event -> {
            assertThat(event.booking().attendees()).extracting(Attendee::email)
                    .containsExactly("ada@x.example", "alan@x.example");
            assertThat(event.booking().contact().email()).isEqualTo("booker@x.example");
            assertThat(event.booking().price().net()).isEqualTo("500.00");
            assertThat(event.booking().organisationName()).isEqualTo("Salford");
        });
    }

    @Test
    void waitlistsABookingWholeWhenItDoesNotFitInTheSeatsLeft() {
        Session session = session(3);
        session.book("b1", request("org-1", "a@x.example", "b@x.example"), null, PriceBasis.MEMBER, NOW);

        Booking booking = session.book("b2", request("org-2", "c@y.example", "d@y.example"), null,
                PriceBasis.NON_MEMBER, NOW);

        assertThat(booking.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(session.seatsLeft()).isEqualTo(1);
        assertThat(session.waitlisted()).isEqualTo(1);
        assertThat(session.events()).last().isInstanceOfSatisfying(BookingWaitlisted.class,
                event -> assertThat(event.position()).isEqualTo(1));
    }

    @Test
    void neverConfirmsMoreSeatsThanTheCapacity() {
        Session session = session(20);

        List<Booking> bookings = IntStream.range(0, 200).mapToObj(i -> session.book("b" + i,
                request("org-" + (i % 7), "person" + i + "@x.example"), null, PriceBasis.MEMBER, NOW)).toList();

        assertThat(bookings).filteredOn(b -> b.status() == BookingStatus.CONFIRMED).hasSize(20);
        assertThat(bookings).filteredOn(b -> b.status() == BookingStatus.WAITLISTED).hasSize(180);
        assertThat(session.seatsLeft()).isZero();
    }

    @Test
    void refusesAnAttendeeWhoAlreadyHoldsALivePlaceWhateverTheCase() {
        Session session = session(1);
        session.book("b1", request("org-1", "ada@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("b2", request("org-2", "grace@y.example"), null, PriceBasis.MEMBER, NOW); // waitlisted

        assertThatThrownBy(() -> session.book("b3", request("org-3", "Ada@X.example"), null, PriceBasis.MEMBER, NOW))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("ada@x.example");
        assertThatThrownBy(() -> session.book("b4", request("org-3", "grace@y.example"), null, PriceBasis.MEMBER, NOW))
                .isInstanceOf(BookingRefused.class);

        session.cancelBooking("b1", BookingCancelled.Cause.ORGANISATION, null, NOW);
        assertThat(session.book("b5", request("org-1", "ada@x.example"), null, PriceBasis.MEMBER, NOW).status())
                .isEqualTo(BookingStatus.WAITLISTED); // b2 was promoted into the freed seat
    }

    @Test
    void refusesTheSameAttendeeTwiceInOneBookingAndMoreAttendeesThanSeats() {
        Session session = session(2);

        assertThatThrownBy(() -> session.book("b1", request("org-1", "a@x.example", "A@x.example"), null,
                PriceBasis.MEMBER, NOW)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("attendees[1].email"));
        assertThatThrownBy(() -> session.book("b1", request("org-1", "a@x.example", "b@x.example", "c@x.example"),
                null, PriceBasis.MEMBER, NOW)).isInstanceOf(InvalidField.class);
    }

    @Test
    void promotesTheEarliestWaitingBookingsThatFitWhenPlacesAreCancelled() {
        Session session = session(4);
        session.book("confirmed", request("org-1", "a@x.example", "b@x.example", "c@x.example"), null,
                PriceBasis.MEMBER, NOW);
        session.book("two-seats", request("org-2", "d@x.example", "e@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("four-seats", request("org-3", "f@x.example", "g@x.example", "h@x.example", "i@x.example"),
                null, PriceBasis.MEMBER, NOW);
        session.book("one-seat", request("org-4", "j@x.example"), null, PriceBasis.MEMBER, NOW); // fits: confirmed
        session.book("later-two", request("org-5", "k@x.example", "l@x.example"), null, PriceBasis.MEMBER, NOW);
        assertThat(session.seatsLeft()).isZero();

        session.cancelBooking("confirmed", BookingCancelled.Cause.ORGANISATION, "Diary clash", NOW);

        assertThat(status(session, "two-seats")).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(status(session, "four-seats")).isEqualTo(BookingStatus.WAITLISTED); // does not fit in 3
        assertThat(status(session, "later-two")).isEqualTo(BookingStatus.WAITLISTED); // 1 seat left
        assertThat(session.seatsLeft()).isEqualTo(1);
        assertThat(session.events()).filteredOn(BookingPromoted.class::isInstance)
                .extracting(event -> ((BookingPromoted) event).booking().bookingId()).containsExactly("two-seats");
        assertThat(session.events()).filteredOn(BookingCancelled.class::isInstance).singleElement()
                .isInstanceOfSatisfying(BookingCancelled.class, event -> {
                    assertThat(event.cause()).isEqualTo(BookingCancelled.Cause.ORGANISATION);
                    assertThat(event.reason()).isEqualTo("Diary clash");
                    assertThat(event.wasWaitlisted()).isFalse();
                });
    }

    @Test
    void keepsThePriceABookingWasMadeAtWhenItIsPromoted() {
        Session session = session(1);
        session.book("first", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("waiting", request("org-2", "b@x.example"), null, PriceBasis.NON_MEMBER, NOW);

        session.cancelBooking("first", BookingCancelled.Cause.ADMIN, null, NOW);

        Booking promoted = session.booking("waiting").orElseThrow();
        assertThat(promoted.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(promoted.price().summary().net()).isEqualTo("400.00");
        assertThat(promoted.price().basis()).isEqualTo(PriceBasis.NON_MEMBER);
    }

    @Test
    void closesBookingsAtTheCutOff() {
        Session session = session(10);

        assertThatThrownBy(() -> session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, CUT_OFF))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("closed");
        assertThat(session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER,
                CUT_OFF.minusMillis(1)).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void letsAnOrganisationCancelPlacesOnlyBeforeTheCutOffButAnAdminUntilTheStart() {
        Session session = session(10);
        session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, NOW);

        assertThatThrownBy(() -> session.cancelBooking("b1", BookingCancelled.Cause.ORGANISATION, null, CUT_OFF))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("cut-off");
        assertThatThrownBy(() -> session.cancelBooking("b1", BookingCancelled.Cause.ADMIN, null, STARTS))
                .isInstanceOf(BookingRefused.class);
        assertThat(session.cancelBooking("b1", BookingCancelled.Cause.ADMIN, null, CUT_OFF).status())
                .isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> session.cancelBooking("b1", BookingCancelled.Cause.ADMIN, null, CUT_OFF))
                .isInstanceOf(BookingRefused.class).hasMessageContaining("already");
    }

    @Test
    void letsAnOrganisationLeaveTheWaitingListAfterTheCutOff() {
        Session session = session(1);
        session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("b2", request("org-2", "b@x.example"), null, PriceBasis.MEMBER, NOW);

        Booking left = session.cancelBooking("b2", BookingCancelled.Cause.ORGANISATION, null, CUT_OFF);

        assertThat(left.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(session.waitlisted()).isZero();
    }

    @Test
    void cancellingTheSessionCancelsAndTellsEveryLiveBooking() {
        Session session = session(1);
        session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("b2", request("org-2", "b@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("b3", request("org-3", "c@x.example"), null, PriceBasis.MEMBER, NOW);
        session.cancelBooking("b3", BookingCancelled.Cause.ORGANISATION, null, NOW);
        int before = session.events().size();

        session.cancel("Trainer unwell", NOW);

        List<TrainingEvent> events = session.events().subList(before, session.events().size());
        assertThat(events).filteredOn(BookingCancelled.class::isInstance)
                .extracting(event -> ((BookingCancelled) event).booking().bookingId()).containsExactly("b1", "b2");
        assertThat(events).filteredOn(BookingPromoted.class::isInstance).isEmpty();
        assertThat(events).last().isInstanceOfSatisfying(SessionCancelled.class,
                event -> assertThat(event.bookingsCancelled()).isEqualTo(2));
        assertThat(session.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThatThrownBy(() -> session.book("b4", request("org-4", "d@x.example"), null, PriceBasis.MEMBER, NOW))
                .isInstanceOf(BookingRefused.class);
    }

    @Test
    void remindsEachConfirmedBookingOnceFromTheConfiguredNumberOfDaysBefore() {
        Session session = session(1);
        session.book("b1", request("org-1", "a@x.example"), null, PriceBasis.MEMBER, NOW);
        session.book("b2", request("org-2", "b@x.example"), null, PriceBasis.MEMBER, NOW); // waitlisted
        Instant twoDaysBefore = STARTS.minus(Duration.ofDays(2));

        assertThat(session.remindAttendees(2, twoDaysBefore.minusMillis(1))).isZero();
        assertThat(session.remindAttendees(2, twoDaysBefore)).isEqualTo(1);
        assertThat(session.remindAttendees(2, twoDaysBefore.plusSeconds(60))).isZero();
        assertThat(session.events()).last().isInstanceOfSatisfying(SessionReminderDue.class, event -> {
            assertThat(event.booking().bookingId()).isEqualTo("b1");
            assertThat(event.daysBefore()).isEqualTo(2);
        });
    }

    @Test
    void recordsAttendanceOnceTheSessionStartedWithTheCpdHoursEarned() {
        Session session = session(5);
        session.book("b1", request("org-1", "a@x.example", "b@x.example"), null, PriceBasis.MEMBER, NOW);
        var marks = List.of(new AttendanceMark("A@x.example", true), new AttendanceMark("b@x.example", false));

        assertThatThrownBy(() -> session.recordAttendance(marks, NOW)).isInstanceOf(BookingRefused.class);
        session.recordAttendance(marks, STARTS.plusSeconds(3600));
        session.recordAttendance(marks, STARTS.plusSeconds(7200)); // unchanged: no new events

        assertThat(session.events()).filteredOn(AttendanceRecorded.class::isInstance)
                .map(AttendanceRecorded.class::cast)
                .extracting(e -> e.attendee().email() + " " + e.attended() + " " + e.cpdHours())
                .containsExactly("a@x.example true 6", "b@x.example false 0");
        assertThatThrownBy(() -> session.recordAttendance(List.of(new AttendanceMark("z@x.example", true)),
                STARTS.plusSeconds(60))).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("attendance[0].email"));
    }

    static Session session(int capacity) {
        return Session.schedule("session-1", plan(capacity, SessionFormat.IN_PERSON, "Salford Civic Centre", null), NOW);
    }

    static SessionPlan plan(int capacity, SessionFormat format, String venue, String onlineUrl) {
        return new SessionPlan(new CourseSnapshot("course-1", "SV-PROC", "Social Value in Procurement",
                new BigDecimal("6")), STARTS, STARTS.plus(Duration.ofHours(6)), format, venue, onlineUrl, capacity,
                new BigDecimal("250"), new BigDecimal("400.00"), CUT_OFF);
    }

    static BookingRequest request(String organisationId, String... emails) {
        return new BookingRequest(organisationId, new BookingContact("person-1", "Booker", "booker@x.example"),
                java.util.Arrays.stream(emails).map(email -> new Attendee("Name of " + email, email)).toList(),
                "PO-123");
    }

    static BookingStatus status(Session session, String bookingId) {
        return session.booking(bookingId).orElseThrow().status();
    }
}
