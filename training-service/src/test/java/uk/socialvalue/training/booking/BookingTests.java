package uk.socialvalue.training.booking;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.SessionScheduled;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.domain.RetryPolicy;
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

@TrainingIntegrationTest
class BookingTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EventCodec codec;

    @Autowired
    Reminders reminders;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionBookings bookings;

    @Autowired
    TrainingProperties properties;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void schedulesASessionListedPubliclyWithSeatsLeftAndAnnouncesIt() {
        String sessionId = fixtures.scheduleSession(12, Duration.ofDays(40));

        Response session = fixtures.api().get("/api/sessions/" + sessionId, null);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("seatsLeft").asInt()).isEqualTo(12);
        assertThat(session.json().get("waitlisted").asInt()).isZero();
        assertThat(session.text("/courseTitle")).isEqualTo("Social Value in Procurement");
        assertThat(session.text("/timeZone")).isEqualTo("Europe/London");
        assertThat(session.text("/prices/member/gross")).isEqualTo("300.00");
        assertThat(session.text("/prices/nonMember/vat")).isEqualTo("80.00");
        assertThat(event(sessionId, "training.SessionScheduled.v1")).isInstanceOfSatisfying(SessionScheduled.class,
                event -> assertThat(event.session().venue()).startsWith("Salford Civic Centre"));
    }

    @Test
    void filtersThePublicListingByCourseMonthAndFormat() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(400));
        String month = java.time.YearMonth.from(Instant.now().plus(Duration.ofDays(400)).atZone(UkTime.ZONE)).toString();
        String courseId = fixtures.courseId("SV-PROC");

        assertThat(ids("/api/sessions?courseId=" + courseId + "&month=" + month + "&format=IN_PERSON"))
                .contains(sessionId);
        assertThat(ids("/api/sessions?format=ONLINE&month=" + month)).doesNotContain(sessionId);
        assertThat(ids("/api/sessions?courseId=" + fixtures.courseId("SV-COMM"))).doesNotContain(sessionId);
        assertThat(ids("/api/sessions?from=" + Instant.now().plus(Duration.ofDays(401)))).doesNotContain(sessionId);
        assertThat(fixtures.api().get("/api/sessions?month=March", null).status()).isEqualTo(400);
    }

    @Test
    void confirmsABookingAtTheNonMemberPriceForAnUnknownOrganisationAndPublishesIt() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String alan = uniqueEmail("alan");

        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(ada, alan),
                fixtures.contactOf(organisationId));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.location()).endsWith("/api/bookings/" + booked.text("/id"));
        assertThat(booked.text("/status")).isEqualTo("CONFIRMED");
        assertThat(booked.json().get("seats").asInt()).isEqualTo(2);
        assertThat(booked.json().get("price").toString())
                .isEqualTo("{\"net\":\"800.00\",\"vat\":\"160.00\",\"gross\":\"960.00\",\"currency\":\"GBP\",\"basis\":\"NON_MEMBER\"}");
        assertThat(fixtures.api().get("/api/sessions/" + sessionId, null).json().get("seatsLeft").asInt()).isEqualTo(8);
        assertThat(event(sessionId, "training.BookingConfirmed.v1")).isInstanceOfSatisfying(BookingConfirmed.class,
                event -> {
                    assertThat(event.booking().attendees()).extracting(Attendee::email).containsExactly(ada, alan);
                    assertThat(event.booking().purchaseOrder()).isEqualTo("PO-123");
                    assertThat(event.booking().contact().email()).as("no email claim: the first attendee").isEqualTo(ada);
                    assertThat(event.booking().price().gross()).isEqualTo("960.00");
                    assertThat(event.session().courseTitle()).isEqualTo("Social Value in Procurement");
                });
    }

    @Test
    void takesTheBookingContactFromTheTokensNameAndEmailClaims() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String organisationId = UUID.randomUUID().toString();
        String token = fixtures.tokens().token("person-grace", organisationId,
                uk.socialvalue.support.security.Role.ORG_MEMBER);
        // TestTokens has no name or email claims yet, so the contact falls back to the first attendee
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("first")), token);

        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("/contact/personId")).isEqualTo("person-grace");
        assertThat(booked.text("/contact/email")).startsWith("first-");
    }

    @Test
    void waitlistsWhatDoesNotFitAndPromotesItWhenPlacesAreCancelled() {
        String sessionId = fixtures.scheduleSession(2, Duration.ofDays(30));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Response confirmed = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("a"), uniqueEmail("b")), fixtures.contactOf(first));
        Response waiting = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("c")), fixtures.contactOf(second));

        assertThat(waiting.text("/status")).isEqualTo("WAITLISTED");
        assertThat(waiting.json().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(fixtures.api().get("/api/sessions/" + sessionId, null).json().get("waitlisted").asInt()).isEqualTo(1);

        Response cancelled = fixtures.api().post("/api/bookings/" + confirmed.text("/id") + "/cancellation",
                Map.of("reason", "Budget frozen"), fixtures.contactOf(first));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        Response promoted = fixtures.api().get("/api/bookings/" + waiting.text("/id"), fixtures.contactOf(second));
        assertThat(promoted.text("/status")).isEqualTo("CONFIRMED");
        assertThat(event(sessionId, "training.BookingCancelled.v1")).isInstanceOfSatisfying(BookingCancelled.class,
                event -> assertThat(event.cause()).isEqualTo(BookingCancelled.Cause.ORGANISATION));
        assertThat(event(sessionId, "training.BookingPromoted.v1")).isInstanceOfSatisfying(BookingPromoted.class,
                event -> assertThat(event.booking().bookingId()).isEqualTo(waiting.text("/id")));
    }

    @Test
    void refusesAnAttendeeWhoAlreadyHoldsAPlace() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String email = uniqueEmail("twice");
        fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(email),
                fixtures.contactOf(UUID.randomUUID().toString()));

        Response again = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("other"), email.toUpperCase()), fixtures.contactOf(UUID.randomUUID().toString()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("emails").get(0).asString()).isEqualTo(email);
    }

    @Test
    void refusesMalformedBookingsNamingTheFields() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));

        Response response = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                Map.of("attendees", List.of(Map.of("name", "", "email", "not-an-email"))),
                fixtures.contactOf(UUID.randomUUID().toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("attendees[0].name", "attendees[0].email");
    }

    @Test
    void refusesBookingsAndOrganisationCancellationsAfterTheCutOff() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30), Instant.now().plus(Duration.ofDays(10)));
        String organisationId = UUID.randomUUID().toString();
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(organisationId));

        clock.advance(Duration.ofDays(11));

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("b")),
                fixtures.contactOf(organisationId)).status()).isEqualTo(409);
        assertThat(fixtures.api().post("/api/bookings/" + booked.text("/id") + "/cancellation", null,
                fixtures.contactOf(organisationId)).status()).isEqualTo(409);
        Response byAdmin = fixtures.api().post("/api/bookings/" + booked.text("/id") + "/cancellation", null,
                fixtures.admin());
        assertThat(byAdmin.text("/status")).isEqualTo("CANCELLED");
    }

    @Test
    void cancellingASessionCancelsEveryBookingAndTellsEachOrganisation() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(30));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Response confirmed = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(first));
        Response waiting = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("b")),
                fixtures.contactOf(second));

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/cancellation", Map.of(), fixtures.contactOf(first))
                .status()).isEqualTo(403);
        Response cancelled = fixtures.api().post("/api/sessions/" + sessionId + "/cancellation",
                Map.of("reason", "Trainer unwell"), fixtures.admin());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(fixtures.api().get("/api/bookings/" + confirmed.text("/id"), fixtures.contactOf(first))
                .text("/status")).isEqualTo("CANCELLED");
        assertThat(fixtures.api().get("/api/bookings/" + waiting.text("/id"), fixtures.contactOf(second))
                .text("/status")).isEqualTo("CANCELLED");
        assertThat(ids("/api/sessions")).doesNotContain(sessionId);
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("training.SessionCancelled.v1").and(r -> sessionId.equals(r.key())));
            assertThat(consumer.records(KafkaTestConsumer.ofType("training.BookingCancelled.v1")
                    .and(r -> sessionId.equals(r.key()))).stream().map(this::decode)
                    .map(event -> ((BookingCancelled) event).booking().organisationId()))
                    .containsExactlyInAnyOrder(first, second);
        }
        assertThat(event(sessionId, "training.SessionCancelled.v1")).isInstanceOfSatisfying(SessionCancelled.class,
                event -> assertThat(event.reason()).isEqualTo("Trainer unwell"));
    }

    @Test
    void carriesOnRemindingPastASessionThatOthersKeepChanging() {
        String contested = fixtures.scheduleSession(5, Duration.ofHours(30), Instant.now().plus(Duration.ofHours(1)));
        String calm = fixtures.scheduleSession(5, Duration.ofHours(31), Instant.now().plus(Duration.ofHours(1)));
        for (String sessionId : List.of(contested, calm)) {
            fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("r")),
                    fixtures.contactOf(UUID.randomUUID().toString()));
        }
        Reminders losingEveryRace = new Reminders(sessions, alwaysConflicting(contested),
                new Retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1))),
                properties, clock);

        Reminders.Run run = losingEveryRace.remindDue();

        assertThat(run.conflicting()).containsExactlyElementsOf(bookings.allOfSession(contested).stream()
                .map(Booking::id).toList());
        assertThat(remindedBookings(calm)).isEqualTo(1);
        assertThat(remindedBookings(contested)).isZero();
        assertThat(reminders.remindDue().conflicting()).isEmpty();
        assertThat(remindedBookings(contested)).as("the next run picks it up").isEqualTo(1);
    }

    /** The bookings as stored, except that every save of one on this session loses to another writer. */
    private SessionBookings alwaysConflicting(String sessionId) {
        return (SessionBookings) Proxy.newProxyInstance(SessionBookings.class.getClassLoader(),
                new Class<?>[] {SessionBookings.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("save") && ((Booking) arguments[0]).sessionId().equals(sessionId)) {
                        throw new ConcurrentUpdate(Booking.NAME, ((Booking) arguments[0]).id());
                    }
                    try {
                        return method.invoke(bookings, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private long remindedBookings(String sessionId) {
        return bookings.allOfSession(sessionId).stream().filter(booking -> booking.remindedAt() != null).count();
    }

    @Test
    void remindsEachConfirmedBookingOnceWhenTheSessionIsTwoDaysAway() {
        String soon = fixtures.scheduleSession(5, Duration.ofHours(36), Instant.now().plus(Duration.ofHours(1)));
        String later = fixtures.scheduleSession(5, Duration.ofDays(3), Instant.now().plus(Duration.ofHours(1)));
        Response booking = fixtures.api().post("/api/sessions/" + soon + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(UUID.randomUUID().toString()));
        fixtures.api().post("/api/sessions/" + later + "/bookings", booking(uniqueEmail("b")),
                fixtures.contactOf(UUID.randomUUID().toString()));

        reminders.remindDue();
        reminders.remindDue();

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var reminder = consumer.awaitRecord(KafkaTestConsumer.ofType("training.SessionReminderDue.v1")
                    .and(r -> soon.equals(r.key())));
            assertThat(decode(reminder)).isInstanceOfSatisfying(SessionReminderDue.class, event -> {
                assertThat(event.booking().bookingId()).isEqualTo(booking.text("/id"));
                assertThat(event.session().venue()).isNotBlank();
                assertThat(event.daysBefore()).isEqualTo(2);
            });
            consumer.awaitRecord(KafkaTestConsumer.ofType("training.SessionScheduled.v1").and(r -> later.equals(r.key())));
            assertThat(consumer.records(KafkaTestConsumer.ofType("training.SessionReminderDue.v1")
                    .and(r -> soon.equals(r.key()) || later.equals(r.key())))).hasSize(1);
        }
    }

    @Test
    void recordsAttendanceAfterTheSessionWithTheCpdHoursEarned() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofHours(3), Instant.now().plus(Duration.ofHours(1)));
        String organisationId = UUID.randomUUID().toString();
        String came = uniqueEmail("came");
        String missed = uniqueEmail("missed");
        fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(came, missed),
                fixtures.contactOf(organisationId));
        var marks = Map.of("attendance", List.of(Map.of("email", came, "attended", true),
                Map.of("email", missed, "attended", false)));

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/attendance", marks, fixtures.admin()).status())
                .isEqualTo(409);
        clock.advance(Duration.ofHours(10));
        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/attendance", marks,
                fixtures.contactOf(organisationId)).status()).isEqualTo(403);
        Response recorded = fixtures.api().post("/api/sessions/" + sessionId + "/attendance", marks, fixtures.admin());

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().valueStream().filter(a -> a.get("attended").asBoolean()).count()).isEqualTo(1);
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("training.AttendanceRecorded.v1").and(r -> sessionId.equals(r.key()))
                    .and(r -> ((AttendanceRecorded) decode(r)).attended()));
            await().untilAsserted(() -> assertThat(consumer.records(KafkaTestConsumer.ofType("training.AttendanceRecorded.v1")
                    .and(r -> sessionId.equals(r.key()))).stream().map(r -> (AttendanceRecorded) decode(r))
                    .map(e -> e.attendee().email() + " " + e.cpdHours()))
                    .containsExactlyInAnyOrder(came + " 6", missed + " 0"));
        }
    }

    private List<String> ids(String path) {
        Response response = fixtures.api().get(path, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().valueStream().map(session -> session.get("id").asString()).toList();
    }

    private IntegrationEvent event(String sessionId, String type) {
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            return decode(consumer.awaitRecord(KafkaTestConsumer.ofType(type).and(r -> sessionId.equals(r.key()))));
        }
    }

    private IntegrationEvent decode(ConsumerRecord<String, byte[]> record) {
        return codec.decode(record).orElseThrow();
    }
}
