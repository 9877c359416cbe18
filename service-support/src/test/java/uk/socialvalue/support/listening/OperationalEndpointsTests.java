package uk.socialvalue.support.listening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes a service on its management port without any user's token, and finds there what to alert
 * on: the outbox backlog and its oldest event's age, parked events, dead letters waiting, consumer lag. The
 * service's own port, the one the public reaches, serves none of it.
 */
class OperationalEndpointsTests {

    static EmbeddedKafkaKraftBroker kafka;
    static RestartableStore store;
    static TestTokens tokens;
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        kafka = RecordingService.broker();
        store = new RestartableStore();
        tokens = new TestTokens();
        service = RecordingService.start(kafka, store, tokens, "--management.server.port=0");
    }

    @AfterAll
    static void stop() {
        service.close();
        tokens.close();
        store.close();
        kafka.destroy();
    }

    @Test
    void servesTheMetricsToAlertOnAtTheManagementPortWithoutAToken() {
        int management = port("local.management.port");

        HttpResponse<String> scrape = scrape(management, null);

        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains("svuk_outbox_backlog", "svuk_outbox_oldest_age_seconds",
                "svuk_outbox_parked", "svuk_events_dead_letters_waiting",
                "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(ApiClient.onPort(management).get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void servesNoMetricsOnTheServicesOwnPort() {
        int own = port("local.server.port");

        assertThat(scrape(own, null).statusCode()).isEqualTo(401);
        assertThat(scrape(own, tokens.admin()).statusCode()).as("only on the management port").isEqualTo(404);
    }

    /** As Prometheus asks: for its text format. */
    private static HttpResponse<String> scrape(int port, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(String property) {
        return Integer.parseInt(service.getEnvironment().getProperty(property));
    }
}
