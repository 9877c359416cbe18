package uk.socialvalue.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.TrainingSessions;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./run-local.sh --instances 2}: two processes of each service on one store and one broker. A token from
 * either membership-service is good everywhere, and work spread over both instances is done once: each event
 * published once by the two relays, each email sent once by the two dispatchers, each reminder made once by the
 * two reminder jobs (running every few seconds here, on both at once).
 */
@EndToEndTest
class ScaleOutEndToEndTests {

    static final int WORK = 8;

    @Test
    void acceptsTokensFromEitherMembershipServiceEverywhere(TestPlatform platform) {
        assertThat(platform.instances()).as("run with -D" + TestPlatform.INSTANCES + "=2").isEqualTo(2);
        List<String> tokens = List.of(signIn(platform.instance("membership-service", 1)),
                signIn(platform.instance("membership-service", 2)));
        Response jwks = platform.instance("membership-service", 1).get("/.well-known/jwks.json", null);

        assertThat(platform.instance("membership-service", 2).get("/.well-known/jwks.json", null).body())
                .isEqualTo(jwks.body());
        for (String token : tokens) {
            for (String service : List.of("membership-service", "training-service", "notification-service")) {
                for (int instance = 1; instance <= 2; instance++) {
                    Response answer = platform.instance(service, instance).get("/api/admin/dead-letters", token);
                    assertThat(answer.status()).as("%s %d: %s", service, instance, answer).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void doesEachPieceOfWorkOnceWhenTwoInstancesOfEachServiceShareIt(TestPlatform platform) {
        String admin = platform.adminToken();
        List<String> applicants = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < WORK; i++) {
            OrganisationSummary council = Councils.next();
            String email = Unique.email("scale", "council.example");
            Response applied = platform.instance("membership-service", 1 + i % 2).post("/api/applications", Map.of(
                    "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", council.gssCode()),
                    "contact", Map.of("name", "Officer " + i, "email", email), "membershipType", "LOCAL_AUTHORITY"),
                    null);
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            applicants.add(email);
            organisations.add(applied.text("/organisationId"));
        }
        // Starts in 30 hours: within the 2 days before a session when the reminder job reminds its attendees.
        String sessionId = TrainingSessions.schedule(platform.training(), admin, 50, Duration.ofHours(30), null);
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < WORK; i++) {
            String attendee = Unique.email("attendee", "council.example");
            Response booked = platform.instance("training-service", 1 + i % 2).post(
                    "/api/sessions/" + sessionId + "/bookings", Map.of("organisationId", UUID.randomUUID().toString(),
                            "attendees", List.of(Map.of("name", "Attendee " + i, "email", attendee))), admin);
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            attendees.add(attendee);
        }

        awaitExactlyOne(platform, applicants, "We have received");
        awaitExactlyOne(platform, attendees, "Booking confirmed: " + TrainingSessions.COURSE_TITLE);
        awaitExactlyOne(platform, attendees, "Reminder: " + TrainingSessions.COURSE_TITLE);
        assertPublishedOnce(platform, Topics.MEMBERSHIP_ORGANISATIONS, new HashSet<>(organisations), WORK);
        assertPublishedOnce(platform, Topics.TRAINING_SESSIONS, Set.of(sessionId), 1 + 2 * WORK);
    }

    /** Every address gets the email, and none gets it twice, however long one waits. */
    private static void awaitExactlyOne(TestPlatform platform, List<String> addresses, String subject) {
        await().atMost(Duration.ofSeconds(90)).until(() -> platform.mail().countsTo(addresses, subject).values()
                .stream().allMatch(count -> count >= 1));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).until(() ->
                platform.mail().countsTo(addresses, subject).values().stream().allMatch(count -> count == 1));
    }

    /** The aggregates' events are all on the topic, each once, though both instances' relays looked at them. */
    private static void assertPublishedOnce(TestPlatform platform, String topic, Set<String> keys, int atLeast) {
        try (var consumer = new KafkaTestConsumer(platform.kafkaBootstrapServers(), List.of(topic))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> consumer.records(record -> keys.contains(record.key()))
                    .size() >= atLeast);
            Map<String, Long> byEventId = consumer.records(record -> keys.contains(record.key())).stream()
                    .collect(Collectors.groupingBy(ScaleOutEndToEndTests::eventId, Collectors.counting()));
            assertThat(byEventId).as("events on %s by id", topic).hasSizeGreaterThanOrEqualTo(atLeast)
                    .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        }
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value());
    }

    private static String signIn(ApiClient membership) {
        Response token = membership.post("/api/auth/token", Map.of("email", ServiceDefinitions.ADMIN_EMAIL,
                "password", ServiceDefinitions.ADMIN_PASSWORD), null);
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.text("/access_token");
    }
}
