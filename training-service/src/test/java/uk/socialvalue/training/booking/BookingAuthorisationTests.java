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
