package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.AttendeesSubstituted;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingRescheduled;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionRescheduled;
import uk.socialvalue.contracts.training.SessionScheduled;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

/** Plans change: sessions rescheduled and resized by SVUK staff, attendees swapped by their organisation. */
@TrainingIntegrationTest
class ReschedulingTests {

    /** The events that speak of the session's calendar entry, as they are published. */
    private static final Set<Class<?>> CALENDAR_EVENTS = Set.of(SessionScheduled.class, BookingConfirmed.class,
            SessionRescheduled.class, BookingRescheduled.class, BookingCancelled.class, SessionCancelled.class);

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionBookings bookings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void movesASessionAndTellsEachLiveBookingWhatChanged() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        Instant oldStart = Instant.parse(fixtures.api().get("/api/sessions/" + sessionId, null).text("/startsAt"));
        String bookingId = book(sessionId, UUID.randomUUID().toString(), uniqueEmail("ada"), uniqueEmail("alan"));
        Instant newStart = oldStart.plus(Duration.ofDays(7));

        Response moved = fixtures.api().patch("/api/sessions/" + sessionId,
                Map.of("startsAt", newStart.toString(), "venue", "Manchester Town Hall"), fixtures.admin());

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Instant.parse(moved.text("/startsAt"))).isEqualTo(newStart);
        assertThat(Instant.parse(moved.text("/endsAt"))).as("keeps its length").isEqualTo(newStart.plus(Duration.ofHours(6)));
        assertThat(moved.text("/venue")).isEqualTo("Manchester Town Hall");
        assertThat(event(sessionId, "training.SessionRescheduled.v1")).isInstanceOfSatisfying(SessionRescheduled.class,
                event -> {
                    assertThat(event.changes()).containsExactly(SessionChange.TIMES, SessionChange.PLACE,
                            SessionChange.BOOKING_CUT_OFF);
                    assertThat(event.previous().startsAt()).isEqualTo(oldStart);
                    assertThat(event.bookingCutOff()).isEqualTo(newStart.minus(Duration.ofDays(1)));
                });
        assertThat(event(sessionId, "training.BookingRescheduled.v1")).isInstanceOfSatisfying(BookingRescheduled.class,
                event -> {
                    assertThat(event.booking().bookingId()).isEqualTo(bookingId);
                    assertThat(event.changes()).containsExactly(SessionChange.TIMES, SessionChange.PLACE);
                    assertThat(event.session().startsAt()).isEqualTo(newStart);
                    assertThat(event.previous().venue()).startsWith("Salford Civic Centre");
                    assertThat(event.waitlisted()).isFalse();
                });
    }

    @Test
    void countsTheSessionsCalendarSequenceUpWithEachMoveAndTheCancellation() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        Instant start = Instant.parse(fixtures.api().get("/api/sessions/" + sessionId, null).text("/startsAt"));
        book(sessionId, UUID.randomUUID().toString(), uniqueEmail("ada"));

        for (int days = 1; days <= 2; days++) {
            Response moved = fixtures.api().patch("/api/sessions/" + sessionId,
                    Map.of("startsAt", start.plus(Duration.ofDays(days)).toString()), fixtures.admin());
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        assertThat(fixtures.api().patch("/api/sessions/" + sessionId, Map.of("capacity", 6), fixtures.admin())
                .status()).as("a change attendees are not told of").isEqualTo(200);
        Response cancelled = fixtures.api().post("/api/sessions/" + sessionId + "/cancellation",
                Map.of("reason", "The trainer is ill"), fixtures.admin());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("training.SessionCancelled.v1")
                    .and(r -> sessionId.equals(r.key())));
            List<String> published = consumer.records(r -> sessionId.equals(r.key())).stream()
                    .map(r -> codec.decode(r).orElseThrow()).filter(e -> CALENDAR_EVENTS.contains(e.getClass()))
                    .map(e -> e.getClass().getSimpleName() + " " + ((TrainingEvent) e).session().calendarSequence())
                    .toList();
            assertThat(published).filteredOn(e -> e.startsWith("Booking")).as("one booking's, in order")
                    .containsExactly("BookingConfirmed 0", "BookingRescheduled 1", "BookingRescheduled 2",
                            "BookingCancelled 3");
            assertThat(published).as("the session's and the booking's outboxes interleave")
                    .containsExactlyInAnyOrder("SessionScheduled 0", "BookingConfirmed 0", "SessionRescheduled 1",
                            "BookingRescheduled 1", "SessionRescheduled 2", "BookingRescheduled 2",
                            "SessionRescheduled 2", "BookingCancelled 3", "SessionCancelled 3");
        }
    }

    @Test
    void tellsEveryBookingOnceWhenTheRescheduleStopsPartWayThroughTelling() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(40));
        List<String> bookingIds = List.of(book(sessionId, UUID.randomUUID().toString(), uniqueEmail("first")),
                book(sessionId, UUID.randomUUID().toString(), uniqueEmail("second")),
                book(sessionId, UUID.randomUUID().toString(), uniqueEmail("third")));

        // What Scheduling.reschedule does, up to a crash after telling the first booking: the session's change
        // is stored (with its event), one booking is told, the others are not.
        Session session = sessions.byId(sessionId).orElseThrow();
        SessionDetails previous = session.details();
        List<SessionChange> changes = session.reschedule(new SessionChanges(null, null, null, "Bolton Town Hall",
                null, null, null).applyTo(session.plan()), Instant.now());
        sessions.saveWithinSeats(session);
        Booking first = bookings.byId(bookingIds.get(0)).orElseThrow();
        assertThat(first.sessionRescheduled(session, previous, changes, Instant.now())).isTrue();
        bookings.save(first);

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var told = KafkaTestConsumer.ofType("training.BookingRescheduled.v1").and(r -> sessionId.equals(r.key()));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consumer.records(told).stream()
                    .map(r -> ((BookingRescheduled) codec.decode(r).orElseThrow()).booking().bookingId()).toList())
                    .containsExactlyInAnyOrderElementsOf(bookingIds));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(consumer.records(told)).as("each told once").hasSize(3));
            assertThat(consumer.records(told)).allSatisfy(r -> assertThat(((BookingRescheduled) codec.decode(r)
                    .orElseThrow()).session().venue()).isEqualTo("Bolton Town Hall"));
        }
        assertThat(bookingIds).allSatisfy(id -> assertThat(bookings.byId(id).orElseThrow().calendarSequence())
                .isEqualTo(1));
    }

    @Test
    void refusesACapacityBelowTheConfirmedSeatsAndAStartInThePast() {
        String sessionId = fixtures.scheduleSession(3, Duration.ofDays(40));
        book(sessionId, UUID.randomUUID().toString(), uniqueEmail("a"), uniqueEmail("b"));

        Response tooSmall = fixtures.api().patch("/api/sessions/" + sessionId, Map.of("capacity", 1), fixtures.admin());
        Response past = fixtures.api().patch("/api/sessions/" + sessionId,
                Map.of("startsAt", Instant.now().minus(Duration.ofDays(1)).toString()), fixtures.admin());
        Response byContact = fixtures.api().patch("/api/sessions/" + sessionId, Map.of("capacity", 4),
                fixtures.contactOf(UUID.randomUUID().toString()));
        Response justEnough = fixtures.api().patch("/api/sessions/" + sessionId, Map.of("capacity", 2),
                fixtures.admin());

        assertThat(tooSmall.status()).as(tooSmall.toString()).isEqualTo(409);
        assertThat(tooSmall.json().get("confirmedSeats").asInt()).isEqualTo(2);
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("startsAt");
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(justEnough.status()).as(justEnough.toString()).isEqualTo(200);
        assertThat(justEnough.json().get("seatsLeft").asInt()).isZero();
    }

    @Test
    void promotesTheWaitingListWhenTheCapacityGrows() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(40));
        book(sessionId, UUID.randomUUID().toString(), uniqueEmail("first"));
        String waiting = book(sessionId, UUID.randomUUID().toString(), uniqueEmail("second"));
        assertThat(fixtures.api().get("/api/bookings/" + waiting, fixtures.admin()).text("/status"))
                .isEqualTo("WAITLISTED");

        Response grown = fixtures.api().patch("/api/sessions/" + sessionId, Map.of("capacity", 2), fixtures.admin());

        assertThat(grown.status()).as(grown.toString()).isEqualTo(200);
        assertThat(fixtures.api().get("/api/bookings/" + waiting, fixtures.admin()).text("/status"))
                .isEqualTo("CONFIRMED");
        assertThat(fixtures.api().get("/api/sessions/" + sessionId, null).json().get("waitlisted").asInt()).isZero();
    }

    @Test
    void substitutesAnAttendeeAndMovesTheirPlaceToTheNewcomer() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String leaver = uniqueEmail("leaver");
        String newcomer = uniqueEmail("newcomer");
        String bookingId = book(sessionId, organisationId, ada, leaver);

        Response swapped = fixtures.api().put("/api/bookings/" + bookingId + "/attendees",
                Map.of("attendees", List.of(Map.of("name", "Ada", "email", ada),
                        Map.of("name", "New Comer", "email", newcomer.toUpperCase()))),
                fixtures.contactOf(organisationId));

        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(swapped.json().get("attendees").valueStream().map(a -> a.get("email").asString()).toList())
                .containsExactly(ada, newcomer);
        assertThat(swapped.json().get("seats").asInt()).isEqualTo(2);
        assertThat(event(sessionId, "training.AttendeesSubstituted.v1"))
                .isInstanceOfSatisfying(AttendeesSubstituted.class, event -> {
                    assertThat(event.left()).extracting(Attendee::email).containsExactly(leaver);
                    assertThat(event.joined()).extracting(Attendee::email).containsExactly(newcomer);
                    assertThat(event.booking().attendees()).extracting(Attendee::email).containsExactly(ada, newcomer);
                });
        assertThat(fixtures.api().get("/api/sessions/" + sessionId, null).json().get("seatsLeft").asInt())
                .as("the seat count stays").isEqualTo(3);
        Response newcomerAgain = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(newcomer),
                fixtures.contactOf(UUID.randomUUID().toString()));
        assertThat(newcomerAgain.status()).as("the newcomer holds a place now").isEqualTo(409);
        assertThat(book(sessionId, UUID.randomUUID().toString(), leaver)).as("the leaver's place is free").isNotNull();
    }

    @Test
    void refusesASubstitutionThatBreaksTheRules() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String elsewhere = uniqueEmail("elsewhere");
        String bookingId = book(sessionId, organisationId, ada);
        book(sessionId, UUID.randomUUID().toString(), elsewhere);
        String path = "/api/bookings/" + bookingId + "/attendees";
        String token = fixtures.contactOf(organisationId);

        Response twoForOne = fixtures.api().put(path, Map.of("attendees", List.of(Map.of("name", "A", "email",
                uniqueEmail("x")), Map.of("name", "B", "email", uniqueEmail("y")))), token);
        Response taken = fixtures.api().put(path, Map.of("attendees", List.of(Map.of("name", "E", "email", elsewhere))),
                token);
        Response otherOrganisation = fixtures.api().put(path, Map.of("attendees", List.of(Map.of("name", "O",
                "email", uniqueEmail("o")))), fixtures.contactOf(UUID.randomUUID().toString()));
        clock.setTo(Instant.now().plus(Duration.ofDays(39).plusHours(1)));
        Response afterCutOff = fixtures.api().put(path, Map.of("attendees", List.of(Map.of("name", "Late", "email",
                uniqueEmail("late")))), fixtures.admin());

        assertThat(twoForOne.status()).isEqualTo(400);
        assertThat(twoForOne.body()).contains("attendees");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains(elsewhere);
        assertThat(otherOrganisation.status()).isEqualTo(404);
        assertThat(afterCutOff.status()).as(afterCutOff.toString()).isEqualTo(409);
        assertThat(fixtures.api().get("/api/bookings/" + bookingId, token).json().get("attendees").get(0)
                .get("email").asString()).isEqualTo(ada);
    }

    private String book(String sessionId, String organisationId, String... emails) {
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(emails),
                fixtures.contactOf(organisationId));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("/id");
    }

    private IntegrationEvent event(String sessionId, String type) {
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            return codec.decode(consumer.awaitRecord(KafkaTestConsumer.ofType(type)
                    .and(r -> sessionId.equals(r.key())))).orElseThrow();
        }
    }
}
