package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.AttendeesSubstituted;
import uk.socialvalue.contracts.training.BookingRescheduled;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.SessionRescheduled;
import uk.socialvalue.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socialvalue.training.booking.BookingRulesTests.CUT_OFF;
import static uk.socialvalue.training.booking.BookingRulesTests.NOW;
import static uk.socialvalue.training.booking.BookingRulesTests.STARTS;
import static uk.socialvalue.training.booking.BookingRulesTests.attendees;
import static uk.socialvalue.training.booking.BookingRulesTests.confirmed;
import static uk.socialvalue.training.booking.BookingRulesTests.plan;

/** The rules of rescheduling a session and swapping a booking's attendees, without a store. */
class ReschedulingRulesTests {

    @Test
    void movingTheStartMovesTheEndAndTheCutOffWithIt() {
        SessionPlan moved = new SessionChanges(STARTS.plus(Duration.ofDays(2)), null, null, null, null, null, null)
                .applyTo(plan(10, SessionFormat.IN_PERSON, "Salford Civic Centre", null));

        assertThat(moved.endsAt()).isEqualTo(STARTS.plus(Duration.ofDays(2)).plus(Duration.ofHours(6)));
        assertThat(moved.bookingCutOff()).isEqualTo(CUT_OFF.plus(Duration.ofDays(2)));
    }

    @Test
    void recordsWhatChangedAndNothingWhenNothingDid() {
        Session session = stored(10, 4);

        assertThat(session.reschedule(session.plan(), NOW)).isEmpty();
        List<SessionChange> changes = session.reschedule(new SessionChanges(null, null, SessionFormat.ONLINE, null,
                "https://meet.example/room", 12, null).applyTo(session.plan()), NOW);

        assertThat(changes).containsExactly(SessionChange.PLACE, SessionChange.ONLINE_LINK, SessionChange.CAPACITY);
        assertThat(session.plan().venue()).isNull();
        assertThat(session.events()).singleElement().isInstanceOfSatisfying(SessionRescheduled.class, event -> {
            assertThat(event.previousCapacity()).isEqualTo(10);
            assertThat(event.capacity()).isEqualTo(12);
            assertThat(event.previous().venue()).isEqualTo("Salford Civic Centre");
            assertThat(event.session().onlineUrl()).isEqualTo("https://meet.example/room");
        });
    }

    @Test
    void countsTheCalendarSequenceUpOnlyForChangesAttendeesAreToldOf() {
        Session session = stored(10, 4);
        assertThat(session.details().calendarSequence()).isZero();

        session.reschedule(changes(12).applyTo(session.plan()), NOW);
        assertThat(session.calendarSequence()).as("a new capacity reaches no calendar").isZero();
        session.reschedule(new SessionChanges(STARTS.plus(Duration.ofDays(1)), null, null, null, null, null, null)
                .applyTo(session.plan()), NOW);
        session.reschedule(new SessionChanges(null, null, null, "Manchester Town Hall", null, null, null)
                .applyTo(session.plan()), NOW);
        assertThat(session.events()).extracting(event -> ((SessionRescheduled) event).session().calendarSequence())
                .containsExactly(0, 1, 2);
        session.cancel("The trainer is ill", NOW);

        assertThat(session.details().calendarSequence()).isEqualTo(3);
    }

    @Test
    void refusesACapacityBelowTheSeatsTakenAStartedSessionAndAVenueForAnOnlineOne() {
        Session session = stored(10, 4);

        assertThatThrownBy(() -> session.reschedule(changes(3).applyTo(session.plan()), NOW))
                .isInstanceOfSatisfying(BookingRefused.class,
                        e -> assertThat(e.details()).containsEntry("confirmedSeats", 4));
        assertThatThrownBy(() -> session.reschedule(changes(12).applyTo(session.plan()), STARTS))
                .isInstanceOf(BookingRefused.class);
        assertThatThrownBy(() -> new SessionChanges(null, null, SessionFormat.ONLINE, "Room 2",
                "https://meet.example/room", null, null).applyTo(session.plan()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("venue"));
        assertThat(session.reschedule(changes(4).applyTo(session.plan()), NOW)).containsExactly(SessionChange.CAPACITY);
    }

    @Test
    void tellsALiveBookingOnlyOfChangesThatConcernItsPeople() {
        Session session = stored(10, 2);
        Booking booking = confirmed(session, "ada@x.example");
        var previous = session.details();

        assertThat(booking.sessionRescheduled(session, previous, List.of(SessionChange.CAPACITY), NOW)).isFalse();
        List<SessionChange> moved = session.reschedule(new SessionChanges(STARTS.plus(Duration.ofDays(1)), null, null,
                null, null, null, null).applyTo(session.plan()), NOW);
        assertThat(booking.sessionRescheduled(session, previous, moved, NOW)).isTrue();
        assertThat(booking.sessionRescheduled(session, previous, moved, NOW)).as("told once").isFalse();
        assertThat(booking.calendarSequence()).isEqualTo(1);

        assertThat(booking.events()).last().isInstanceOfSatisfying(BookingRescheduled.class,
                event -> assertThat(event.changes()).containsExactly(SessionChange.TIMES));
    }

    @Test
    void substitutesSeatForSeatBeforeTheCutOffOnly() {
        Session session = stored(10, 2);
        Booking booking = confirmed(session, "ada@x.example", "alan@x.example");
        List<Attendee> swap = Attendees.normalised(attendees("ada@x.example", "grace@x.example"));

        assertThatThrownBy(() -> booking.substitute(Attendees.normalised(attendees("grace@x.example")), session, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("attendees"));
        assertThatThrownBy(() -> booking.substitute(swap, session, CUT_OFF)).isInstanceOf(BookingRefused.class);
        booking.substitute(swap, session, NOW);

        assertThat(booking.emails()).containsExactly("ada@x.example", "grace@x.example");
        assertThat(booking.events()).last().isInstanceOfSatisfying(AttendeesSubstituted.class, event -> {
            assertThat(event.left()).extracting(Attendee::email).containsExactly("alan@x.example");
            assertThat(event.joined()).extracting(Attendee::email).containsExactly("grace@x.example");
        });
    }

    private static SessionChanges changes(int capacity) {
        return new SessionChanges(null, null, null, null, null, capacity, null);
    }

    private static Session stored(int capacity, int seatsTaken) {
        return Session.restore("session-1", plan(capacity, SessionFormat.IN_PERSON, "Salford Civic Centre", null),
                NOW, SessionStatus.SCHEDULED, null, null, seatsTaken, 0, 1);
    }
}
