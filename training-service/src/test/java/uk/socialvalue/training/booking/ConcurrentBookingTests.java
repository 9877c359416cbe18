package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.EmbeddedMongoConfiguration.EmbeddedMongo;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.TestTokens;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.training.TrainingApplication;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.training.TrainingFixtures.booking;

@TrainingIntegrationTest
class ConcurrentBookingTests {

    static final int SEATS = 20;
    static final int BOOKINGS = 200;

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EmbeddedMongo mongo;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionBookings bookings;

    @Autowired
    Bookings booking;

    @Test
    void confirmsExactlyTheCapacityWhenTwoHundredOneSeatBookingsArriveAtOnce() throws Exception {
        String sessionId = fixtures.scheduleSession(SEATS, Duration.ofDays(30));

        List<Response> responses = bookAtOnce(sessionId, List.of(fixtures.api()));

        assertOutcome(sessionId, responses);
    }

    @Test
    void confirmsExactlyTheCapacityWhenTwoInstancesShareTheStore() throws Exception {
        String sessionId = fixtures.scheduleSession(SEATS, Duration.ofDays(30));
        try (ConfigurableApplicationContext second = secondInstance()) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();

            List<Response> responses = bookAtOnce(sessionId, List.of(fixtures.api(), ApiClient.onPort(port)));

            assertOutcome(sessionId, responses);
        }
    }

    /** Another training-service process in all but name: its own context and web server, the same store and broker. */
    private ConfigurableApplicationContext secondInstance() {
        // command-line arguments, so that they win over application.yml as they would for a real process
        return new SpringApplicationBuilder(TrainingApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongo.uri(),
                "--spring.kafka.bootstrap-servers=" + fixtures.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + fixtures.tokens().jwkSetUri(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
                "--svuk.events.relay-interval=100ms",
                "--svuk.training.certificates.link-secret=test-certificate-link-secret",
                "--svuk.links.sealing-key-file=" + TestLinkKeys.get().sealingKeyFile(),
                "--svuk.training.invoicing.vat-number=GB 999 9999 73");
    }

    private List<Response> bookAtOnce(String sessionId, List<ApiClient> instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            ApiClient api = instances.get(i % instances.size());
            String token = fixtures.contactOf(UUID.randomUUID().toString());
            var body = booking(TrainingFixtures.uniqueEmail("attendee" + i));
            requests.add(() -> {
                start.await();
                return api.post("/api/sessions/" + sessionId + "/bookings", body, token);
            });
        }
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> request : requests) {
            futures.add(pool.submit(request));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        return responses;
    }

    private void assertOutcome(String sessionId, List<Response> responses) {
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(responses).filteredOn(response -> response.text("/status").equals("CONFIRMED")).hasSize(SEATS);
        assertThat(responses).filteredOn(response -> response.text("/status").equals("WAITLISTED")).hasSize(BOOKINGS - SEATS);
        Session stored = sessions.byId(sessionId).orElseThrow();
        assertThat(stored.seatsTaken()).isEqualTo(SEATS);
        assertThat(stored.waitlisted()).isEqualTo(BOOKINGS - SEATS);
        List<Booking> all = bookings.allOfSession(sessionId);
        assertThat(all).hasSize(BOOKINGS);
        assertThat(all.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).mapToInt(Booking::seats).sum())
                .as("seats held by confirmed bookings").isEqualTo(SEATS);
        Response session = fixtures.api().get("/api/sessions/" + sessionId, null);
        assertThat(session.json().get("seatsLeft").asInt()).isZero();
        assertThat(session.json().get("waitlisted").asInt()).isEqualTo(BOOKINGS - SEATS);
        // Arrival order is the waiting list's numbering: bookings made in the same millisecond are told apart by it.
        List<Integer> positions = all.stream()
                .filter(b -> b.status() == BookingStatus.WAITLISTED)
                .sorted(java.util.Comparator.comparing(Booking::waitingNumber))
                .map(b -> booking.booking(b.id()).waitlistPosition()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates().hasSize(BOOKINGS - SEATS);
    }
}
