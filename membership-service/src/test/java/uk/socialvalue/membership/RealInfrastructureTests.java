package uk.socialvalue.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that lean hardest on the store, against genuine MongoDB 8 and Apache Kafka 4.1 where Docker is
 * available (skipped where it is not, as on the machines that build this project; the same behaviour is
 * tested there against the embedded stand-ins): the sparse unique index that keeps one open membership per
 * council, and the outbox publishing the application.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "svuk.bootstrap-admin.email=" + MembershipIntegrationTest.ADMIN_EMAIL,
        "svuk.bootstrap-admin.password=" + MembershipIntegrationTest.ADMIN_PASSWORD})
class RealInfrastructureTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("membership"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    @Test
    void createsOneMembershipWhenFiftyApplicationsForOneCouncilArriveAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Response>> applications = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = "officer-" + UUID.randomUUID() + "@leeds.example";
            applications.add(() -> ApiClient.onPort(port).post("/api/applications", Map.of(
                    "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", "E08000035"),
                    "contact", Map.of("name", "An Officer", "email", email), "membershipType", "LOCAL_AUTHORITY"), null));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> outcome : pool.invokeAll(applications)) {
            responses.add(outcome.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 409).hasSize(49);
        String leeds = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().text("/organisationId");
        try (var consumer = new KafkaTestConsumer(KAFKA.getBootstrapServers(), List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipApplied.v1").and(r -> leeds.equals(r.key())));
        }
    }
}
