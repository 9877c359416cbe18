package uk.socialvalue.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A contact who left is erased by SVUK staff: membership-service anonymises them and publishes
 * {@code membership.PersonErased}; within ten seconds training-service has erased them from the booking they
 * made (its seats kept) and notification-service from its delivery log.
 */
@EndToEndTest
class ErasureEndToEndTests {

    @Test
    void aFormerContactIsErasedFromEveryServiceWithinTenSeconds(TestPlatform platform) {
        Member council = platform.approvedCouncil();
        String email = Unique.email("erased", "council.example");
        String token = platform.contactSignedIn(council.organisationId(), council.token(), email);
        String sessionId = platform.scheduleSession(10);
        Response booked = platform.training().post("/api/sessions/" + sessionId + "/bookings", Map.of(
                "attendees", List.of(Map.of("name", "Eve Erased", "email", email)), "purchaseOrder", "PO-1"), token);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        platform.mail().awaitEmail(email, "Booking confirmed");
        String organisation = "/api/organisations/" + council.organisationId();
        String personId = platform.membership().get(organisation + "/contacts", council.token()).json().valueStream()
                .filter(contact -> contact.get("email").asString().equals(email))
                .map(contact -> contact.get("personId").asString()).findFirst().orElseThrow();
        assertThat(platform.membership().delete("/api/people/" + personId, platform.adminToken()).status())
                .as("a current contact holds a live role").isEqualTo(409);
        platform.membership().delete(organisation + "/contacts/" + personId, council.token());

        long start = System.nanoTime();
        assertThat(platform.membership().delete("/api/people/" + personId, platform.adminToken()).status())
                .isEqualTo(204);
        String booking = "/api/bookings/" + booked.text("/id");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(platform.training().get(booking, platform.adminToken()).body()).doesNotContain(email,
                    "Eve Erased");
            assertThat(platform.notification().get("/api/notifications?recipient=" + email, platform.adminToken())
                    .json().get("total").asLong()).isZero();
        });
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("An erased person was gone from all three services %d ms after the erasure "
                + "(bound: 10000 ms)%n", millis);
        assertThat(platform.membership().get(organisation, platform.adminToken()).body()).doesNotContain(email);
        assertThat(platform.training().get(booking, platform.adminToken()).json().get("attendees").size())
                .as("the place stays booked").isEqualTo(1);
        assertThat(platform.membership().delete("/api/people/" + personId, platform.adminToken()).status())
                .as("erasing again changes nothing").isEqualTo(204);
    }
}
