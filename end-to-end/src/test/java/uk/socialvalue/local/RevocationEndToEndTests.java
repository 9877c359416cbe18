package uk.socialvalue.local;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A removed contact's earlier access token is refused by all three services within five seconds, each told by
 * {@code membership.AccessRevoked} on Kafka: no service asks another.
 */
@EndToEndTest
class RevocationEndToEndTests {

    @Test
    void aRemovedContactsTokenStopsWorkingInEveryServiceWithinFiveSeconds(TestPlatform platform) {
        Member council = platform.approvedCouncil();
        String email = Unique.email("leaving", "council.example");
        String token = platform.contactSignedIn(council.organisationId(), council.token(), email);
        String organisation = "/api/organisations/" + council.organisationId();
        assertThat(platform.membership().get(organisation, token).status()).isEqualTo(200);
        assertThat(platform.training().get("/api/bookings", token).status()).isEqualTo(200);
        assertThat(platform.notification().get("/api/notifications", token).status())
                .as("authenticated, not allowed").isEqualTo(403);
        String personId = platform.membership().get(organisation + "/contacts", council.token()).json().valueStream()
                .filter(contact -> contact.get("email").asString().equals(email))
                .map(contact -> contact.get("personId").asString()).findFirst().orElseThrow();

        long start = System.nanoTime();
        assertThat(platform.membership().delete(organisation + "/contacts/" + personId, council.token()).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(25)).untilAsserted(() -> {
            assertThat(platform.membership().get(organisation, token).status()).isEqualTo(401);
            assertThat(platform.training().get("/api/bookings", token).status()).isEqualTo(401);
            assertThat(platform.notification().get("/api/notifications", token).status()).isEqualTo(401);
        });
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("A removed contact's token was refused by all three services %d ms after the removal "
                + "(bound: 5000 ms)%n", millis);
        assertThat(platform.membership().post("/api/auth/token", Map.of("email", email, "password",
                TestPlatform.PASSWORD), null).status()).as("and they cannot sign in again").isEqualTo(401);
    }
}
