package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

@TrainingIntegrationTest
class BookingAuthorisationTests {

    @Autowired
    TrainingFixtures fixtures;

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
