package uk.socialvalue.membership.engagement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.EventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.membership.engagement.EngagementEvents.activated;
import static uk.socialvalue.membership.engagement.EngagementEvents.applied;
import static uk.socialvalue.membership.engagement.EngagementEvents.attendance;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;

/**
 * How fast the North West page stays with 10,000 bookings recorded over two years, beside the ceiling of an
 * authenticated GET of this service's {@code /api/regions} (the register in memory) measured in the same run.
 * Prints figures; asserts only that the page's figures are right. Run it on its own:
 * {@code ./mvnw -B verify -pl membership-service -am -Dtest=RegionPageBenchmarkTests -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@MembershipIntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RegionPageBenchmarkTests {

    static final int BOOKINGS = 10_000;
    static final int REQUESTS = 500;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Test
    void theNorthWestPageCostsTheSameWithTenThousandBookings() throws Exception {
        String admin = new Members(port, kafka, codec).adminToken();
        List<Council> northWest = CouncilRegister.shipped().search(null).stream()
                .filter(council -> council.region().equals("North West")).toList();
        Instant now = Instant.now();
        Random random = new Random(11);
        List<IntegrationEvent> seed = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        for (Council council : northWest) {
            String organisation = EngagementEvents.id();
            organisations.add(organisation);
            seed.add(applied(organisation, council.gssCode(), council.name(), council.region(),
                    now.minus(800, ChronoUnit.DAYS)));
            seed.add(activated(organisation, council.gssCode(), council.name(), council.region(),
                    now.minus(799, ChronoUnit.DAYS)));
        }
        List<SessionDetails> sessions = new ArrayList<>();
        int attendedLastYear = 0;
        int bookedLastYear = 0;
        for (int i = 0; i < BOOKINGS; i++) {
            Instant bookedAt = now.minus(random.nextInt(720), ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS);
            if (i % 50 == 0) {
                sessions.add(EngagementEvents.session(bookedAt.plus(1, ChronoUnit.HOURS)));
            }
            SessionDetails session = sessions.get(sessions.size() - 1);
            var booking = booking(organisations.get(random.nextInt(organisations.size())), "p" + i + "@nw.example");
            seed.add(confirmed(session, booking, bookedAt));
            boolean lastYear = new Window(Window.monthOf(now)).inLastYear(Window.monthOf(bookedAt));
            bookedLastYear += lastYear ? 1 : 0;
            if (i % 2 == 0) {
                seed.add(attendance(session, booking, "p" + i + "@nw.example", true, bookedAt.plusSeconds(7200)));
                attendedLastYear += new Window(Window.monthOf(now)).inLastYear(Window.monthOf(session.startsAt()))
                        ? 1 : 0;
            }
        }

        HttpClient http = HttpClient.newHttpClient();
        String northWestPage = "/api/engagement/regions/North%20West/councils";
        time(http, northWestPage, admin, 100);
        long[] beforeSeeding = time(http, northWestPage, admin, REQUESTS);

        long seedingStarted = System.nanoTime();
        new EventPublisher(kafkaTemplate, codec).publish(seed);
        awaitCaughtUp();
        double seedingSeconds = (System.nanoTime() - seedingStarted) / 1e9;

        var page = engagementPage("/api/engagement/regions/North%20West/councils", admin);
        int booked = 0;
        int attended = 0;
        for (var row : JsonMapper.builder().build().readTree(page).valueStream().toList()) {
            booked += row.get("bookings12m").asInt();
            attended += row.get("attended12m").asInt();
        }
        assertThat(booked).isEqualTo(bookedLastYear);
        assertThat(attended).isEqualTo(attendedLastYear);

        Map<String, long[]> timings = new LinkedHashMap<>();
        for (String path : List.of("/api/regions", northWestPage, "/api/engagement/regions",
                "/api/engagement/councils/E08000006")) {
            time(http, path, admin, 100);
            timings.put(path, time(http, path, admin, REQUESTS));
        }

        System.out.printf("%nEngagement benchmark: %,d events (%,d bookings, %,d attendances, %d memberships) "
                + "consumed in %.1f s, %,.0f events/s%n", seed.size(), BOOKINGS, BOOKINGS / 2, northWest.size(),
                seedingSeconds, seed.size() / seedingSeconds);
        System.out.printf("%-50s %8s %8s   (%d sequential authenticated GETs each)%n", "request", "p50 ms", "p99 ms",
                REQUESTS);
        System.out.printf("%-50s %8.2f %8.2f   before seeding: no bookings%n", "GET " + northWestPage,
                percentile(beforeSeeding, 50), percentile(beforeSeeding, 99));
        timings.forEach((path, nanos) -> System.out.printf("%-50s %8.2f %8.2f%s%n", "GET " + path,
                percentile(nanos, 50), percentile(nanos, 99), path.equals("/api/regions") ? "   <- ceiling" : ""));
    }

    private String engagementPage(String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(path, token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private long[] time(HttpClient http, String path, String token, int times) throws Exception {
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request(path, token), HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - started;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        return nanos;
    }

    private HttpRequest request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private void awaitCaughtUp() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
                List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.TRAINING_SESSIONS,
                                Topics.MEMBERSHIP_ORGANISATIONS)).allTopicNames().get().values().stream()
                        .flatMap(topic -> topic.partitions().stream()
                                .map(p -> new TopicPartition(topic.name(), p.partition())))
                        .toList();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p,
                        p -> OffsetSpec.latest()))).all().get();
                var committed = admin.listConsumerGroupOffsets("membership-service.engagement")
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || (committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }
}
