package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

@TrainingIntegrationTest
class BookingAuthorisationTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    MeterRegistry meters;

    @Test
    void aContactCannotBookForAnotherOrganisation() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String ours = UUID.randomUUID().toString();
        var body = new java.util.HashMap<String, Object>(booking(uniqueEmail("a")));
        body.put("organisationId", UUID.randomUUID().toString());

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", body, fixtures.contactOf(ours))
                .status()).isEqualTo(403);
        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("b")), null)
                .status()).isEqualTo(401);
    }

    @Test
    void aContactCannotSeeOrCancelAnotherOrganisationsBookings() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String theirs = UUID.randomUUID().toString();
        String ours = UUID.randomUUID().toString();
        String bookingId = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(theirs)).text("/id");

        assertThat(fixtures.api().get("/api/bookings/" + bookingId, fixtures.contactOf(ours)).status()).isEqualTo(404);
        assertThat(fixtures.api().get("/api/bookings?organisationId=" + theirs, fixtures.contactOf(ours)).status())
                .isEqualTo(403);
        assertThat(fixtures.api().post("/api/bookings/" + bookingId + "/cancellation", null, fixtures.contactOf(ours))
                .status()).isEqualTo(404);
        assertThat(fixtures.api().get("/api/bookings/" + bookingId, fixtures.contactOf(theirs)).text("/status"))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void listsAContactsOwnBookingsAndAnyOrganisationsForAnAdmin() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String ours = UUID.randomUUID().toString();
        String bookingId = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(ours)).text("/id");

        Response own = fixtures.api().get("/api/bookings", fixtures.contactOf(ours));
        Response byAdmin = fixtures.api().get("/api/bookings?organisationId=" + ours, fixtures.admin());

        assertThat(own.json().valueStream().map(b -> b.get("id").asString())).containsExactly(bookingId);
        assertThat(byAdmin.json().valueStream().map(b -> b.get("id").asString())).containsExactly(bookingId);
    }

    @Test
    void listsAnOrganisationsBookingsWithTheirSessionsReadInOneGo() {
        String ours = UUID.randomUUID().toString();
        Set<String> sessions = new HashSet<>();
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30 + i));
            sessions.add(sessionId);
            bookings.add(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a" + i)),
                    fixtures.contactOf(ours)).text("/id"));
        }
        // Each booking's invoice reads its session as it is issued: all are issued before the count starts.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bookings).allSatisfy(id -> assertThat(
                fixtures.api().get("/api/bookings/" + id + "/invoice", fixtures.admin()).status()).isEqualTo(200)));
        double before = sessionReads();

        Response listed = fixtures.api().get("/api/bookings", fixtures.contactOf(ours));

        double reads = sessionReads() - before;
        assertThat(listed.json().valueStream().map(b -> b.get("sessionId").asString()))
                .containsExactlyInAnyOrderElementsOf(sessions);
        // One read of the page's sessions; these tests' relay also looks at the outboxes every 100 ms, sessions'
        // included, which may add a read or two meanwhile. One read per booking would be twelve.
        assertThat(reads).as("reads of sessions while listing twelve bookings on twelve sessions").isLessThan(4);
    }

    /** The reads of the sessions collection so far, as the MongoDB driver's metrics count them. */
    private double sessionReads() {
        return meters.find("mongodb.driver.commands").tags("collection", "sessions", "command", "find").timers()
                .stream().mapToDouble(Timer::count).sum();
    }

    @Test
    void listsEveryBookingOnASessionWithTheWaitingListInOrderForAdminsOnly() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(30));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String confirmed = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")),
                fixtures.contactOf(first)).text("/id");
        String waiting = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("b")),
                fixtures.contactOf(second)).text("/id");

        Response onSession = fixtures.api().get("/api/sessions/" + sessionId + "/bookings", fixtures.admin());

        assertThat(onSession.status()).as(onSession.toString()).isEqualTo(200);
        assertThat(onSession.json().valueStream().map(b -> b.get("id").asString())).containsExactly(confirmed, waiting);
        assertThat(onSession.json().get(0).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(onSession.json().get(1).get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(onSession.json().get(1).get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(fixtures.api().get("/api/sessions/" + sessionId + "/bookings", fixtures.contactOf(first)).status())
                .isEqualTo(403);
        assertThat(fixtures.api().get("/api/sessions/" + UUID.randomUUID() + "/bookings", fixtures.admin()).status())
                .isEqualTo(404);
    }

    @Test
    void anAdminBooksForANamedOrganisation() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String organisationId = UUID.randomUUID().toString();
        var body = new java.util.HashMap<String, Object>(booking(uniqueEmail("a")));

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", body, fixtures.admin()).status())
                .isEqualTo(400);
        body.put("organisationId", organisationId);
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", body, fixtures.admin());
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("/organisationId")).isEqualTo(organisationId);
    }

    @Test
    void onlyAdminsScheduleSessionsAndSeeTheOnlineLinkInTheListing() {
        Response refused = fixtures.api().post("/api/sessions", Map.of("courseId", fixtures.courseId("SV-INTRO")),
                fixtures.contactOf(UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(fixtures.api().get("/api/sessions", null).status()).isEqualTo(200);
        assertThat(fixtures.api().get("/api/sessions/unknown", null).status()).isEqualTo(404);
    }
}
