package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

/**
 * A booking contact's and an attendee's data: downloaded with their own token, erased on
 * {@code PersonErased} through the real listener (delivered twice), seats, prices and attendance kept.
 */
@TrainingIntegrationTest
class BookingPersonalDataTests {

    @Autowired
    TrainingFixtures fixtures;

    @Test
    void theBookingIsAuditedTheBookerDownloadsItAndErasureKeepsTheSeatsButNotThePeople() {
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String organisationId = UUID.randomUUID().toString();
        String personId = UUID.randomUUID().toString();
        String bookerEmail = uniqueEmail("booker");
        String attendee = uniqueEmail("attendee");
        String booker = fixtures.tokens().token(personId, organisationId, "Betty Booker", bookerEmail,
                Role.ORG_ADMIN);
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(bookerEmail, attendee), booker);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        Response audit = fixtures.api().get("/api/audit?organisationId=" + organisationId, fixtures.admin());
        assertThat(audit.text("/items/0/action")).isEqualTo("POST /api/sessions/{sessionId}/bookings");
        assertThat(audit.text("/items/0/actor/personId")).isEqualTo(personId);
        assertThat(audit.text("/items/0/actor/email")).isEqualTo(bookerEmail);
        assertThat(audit.text("/items/0/details/sessionId")).isEqualTo(sessionId);

        Response mine = fixtures.api().get("/api/account/personal-data", booker);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("/bookings/0/contact/name")).isEqualTo("Betty Booker");
        assertThat(mine.json().at("/bookings/0/attendees").size()).isEqualTo(2);

        var erased = new PersonErased(UUID.randomUUID().toString(), Instant.now(), personId, List.of(bookerEmail));
        fixtures.publish(erased);
        fixtures.publish(erased);

        String bookingPath = "/api/bookings/" + booked.text("/id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fixtures.api()
                .get(bookingPath, fixtures.admin()).body()).doesNotContain(bookerEmail, "Betty Booker"));
        Response booking = fixtures.api().get(bookingPath, fixtures.admin());
        assertThat(booking.body()).contains(attendee).contains("Erased person");
        assertThat(booking.json().get("attendees").size()).as("both places stay booked").isEqualTo(2);
        assertThat(fixtures.api().get("/api/sessions/" + sessionId, fixtures.admin()).json().get("seatsLeft").asInt())
                .isEqualTo(8);
        assertThat(fixtures.api().get("/api/audit?actor=" + personId, fixtures.admin()).body())
                .as("the audit log keeps the action, not the address").contains(personId).doesNotContain(bookerEmail);
    }
}
