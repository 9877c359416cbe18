package uk.socialvalue.membership.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.EventPublisher;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.membership.engagement.EngagementEvents.activated;
import static uk.socialvalue.membership.engagement.EngagementEvents.answered;
import static uk.socialvalue.membership.engagement.EngagementEvents.applied;
import static uk.socialvalue.membership.engagement.EngagementEvents.attendance;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.cancelled;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;
import static uk.socialvalue.membership.engagement.EngagementEvents.issued;
import static uk.socialvalue.membership.engagement.EngagementEvents.levelCompleted;
import static uk.socialvalue.membership.engagement.EngagementEvents.meeting;
import static uk.socialvalue.membership.engagement.EngagementEvents.session;

/**
 * Every event counts once, through the real listener: delivered twice, read before the event that names its
 * council, or counted by several writers at once.
 */
@MembershipIntegrationTest
class CountingEventsOnceTests {

    static final Duration PROMPTLY = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Autowired
    OrganisationEngagements organisations;

    @Autowired
    EngagementProjection projection;

    Members members;
    EngagementApi engagement;
    EventPublisher events;
    String admin;

    @BeforeEach
    void setUp() {
        members = new Members(port, kafka, codec);
        engagement = new EngagementApi(port);
        events = new EventPublisher(kafkaTemplate, codec);
        admin = members.adminToken();
    }

    @Test
    void everyEventDeliveredTwiceCountsOnce() {
        String highland = "S12000017";
        var council = members.approvedCouncil(highland);
        Response renewed = engagement.client().post("/api/organisations/" + council.organisationId() + "/renewal",
                null, admin);
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        Instant now = Instant.now();
        var session = session(now.minus(2, ChronoUnit.HOURS));
        var kept = booking(council.organisationId(), "ada@highland.example", "bob@highland.example");
        var dropped = booking(council.organisationId(), "cat@highland.example");
        var meeting = meeting(now.plus(10, ChronoUnit.DAYS));
        var accepted = issued(meeting, council.organisationId(), now);
        var declined = issued(meeting, council.organisationId(), now);
        List<IntegrationEvent> once = List.of(confirmed(session, kept, now.minusSeconds(90)),
                confirmed(session, dropped, now.minusSeconds(80)), cancelled(session, dropped, now.minusSeconds(70)),
                attendance(session, kept, "ada@highland.example", true, now.minusSeconds(60)),
                attendance(session, kept, "bob@highland.example", false, now.minusSeconds(50)),
                accepted, declined, answered(accepted, RsvpAnswer.ACCEPTED, now.plusMillis(1)),
                answered(declined, RsvpAnswer.DECLINED, now.plusMillis(2)),
                levelCompleted("track-" + highland, 1, council.organisationId(), "ada@highland.example",
                        now.minusSeconds(40)),
                levelCompleted("track-" + highland, 2, council.organisationId(), "ada@highland.example",
                        now.minusSeconds(39)),
                levelCompleted("track-" + highland, 1, council.organisationId(), "cat@highland.example",
                        now.minusSeconds(38)));

        events.publish(once);
        events.publish(once);
        republishMembershipEventsOf(council.organisationId());

        // Each marker follows the duplicates on their partition: once it counts, the duplicates were handled.
        events.publish(List.of(confirmed(session, booking(council.organisationId(), "dan@highland.example"), now),
                issued(meeting, council.organisationId(), now.plusMillis(3))));
        Response cancelled = engagement.client().post("/api/organisations/" + council.organisationId()
                + "/cancellation", Map.of("reason", "Leaving"), admin);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        await().atMost(PROMPTLY).untilAsserted(() -> {
            JsonNode record = engagement.council(highland, admin);
            assertThat(record.get("bookings12m").asInt()).isEqualTo(2);
            assertThat(record.get("invitations12m").asInt()).isEqualTo(3);
            assertThat(record.get("membershipStatus").asString()).isEqualTo("CANCELLED");
        });

        JsonNode record = engagement.council(highland, admin);
        assertThat(record.get("attendees12m").asInt()).isEqualTo(3);
        assertThat(record.get("attended12m").asInt()).isEqualTo(1);
        assertThat(record.get("cpdHours12m").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(record.get("accepted12m").asInt()).isEqualTo(1);
        assertThat(record.get("declined12m").asInt()).isEqualTo(1);
        assertThat(record.get("renewals").asInt()).isEqualTo(1);
        JsonNode thisMonth = record.get("trend").get(23);
        assertThat(thisMonth.get("joins").asInt()).isEqualTo(1);
        assertThat(thisMonth.get("renewals").asInt()).isEqualTo(1);
        assertThat(thisMonth.get("bookings").asInt()).isEqualTo(2);
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(engagement.council(highland, admin)
                .get("accreditedPeople").asInt()).as("Ada, at two levels, and Cat").isEqualTo(2));
    }

    @Test
    void countsTrainingAndInvitationsReadBeforeTheMembershipEventThatNamesTheCouncil() {
        String fife = "S12000047";
        String organisation = EngagementEvents.id();
        Instant now = Instant.now();
        var session = session(now.minus(3, ChronoUnit.HOURS));
        var booking = booking(organisation, "ada@fife.example");
        var invitation = issued(meeting(now.plus(5, ChronoUnit.DAYS)), organisation, now);
        events.publish(List.of(confirmed(session, booking, now.minusSeconds(30)),
                attendance(session, booking, "ada@fife.example", true, now.minusSeconds(20)),
                invitation, answered(invitation, RsvpAnswer.ACCEPTED, now.plusMillis(1))));
        await().atMost(PROMPTLY).untilAsserted(() -> assertThat(organisations.records(List.of(organisation),
                List.of(Window.monthOf(now)), false))
                .singleElement().satisfies(counted -> {
                    Figures month = counted.months().get(Window.monthOf(now));
                    assertThat(month.attended()).isEqualTo(1);
                    assertThat(month.accepted()).isEqualTo(1);
                }));
        JsonNode unnamed = engagement.row("Scotland", fife, admin);
        assertThat(unnamed.get("membershipStatus").isNull()).isTrue();
        assertThat(unnamed.get("bookings12m").asInt()).isZero();

        events.publish(List.of(applied(organisation, fife, "Fife", "Scotland", now.minus(30, ChronoUnit.DAYS)),
                activated(organisation, fife, "Fife", "Scotland", now.minus(29, ChronoUnit.DAYS))));

        await().atMost(PROMPTLY).untilAsserted(() -> {
            JsonNode row = engagement.row("Scotland", fife, admin);
            assertThat(row.get("membershipStatus").asString()).isEqualTo("ACTIVE");
            assertThat(row.get("bookings12m").asInt()).isEqualTo(1);
            assertThat(row.get("attended12m").asInt()).isEqualTo(1);
            assertThat(row.get("accepted12m").asInt()).isEqualTo(1);
            assertThat(row.get("level").asString()).isEqualTo("LEADING");
        });
    }

    @Test
    void countsEveryBookingWhenPartitionsAreCountedConcurrentlyForOneOrganisation() throws Exception {
        String aberdeen = "S12000033";
        String organisation = EngagementEvents.id();
        Instant now = Instant.now();
        projection.on(applied(organisation, aberdeen, "Aberdeen City", "Scotland", now.minusSeconds(60)),
                new Source("test.concurrency", 0, 1));
        var session = session(now.minus(1, ChronoUnit.HOURS));
        int writers = 8;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int partition = writer;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        var event = confirmed(session, booking(organisation, "p" + partition + "-" + i + "@x.example"),
                                now);
                        Source source = new Source("test.concurrency", 100 + partition, i);
                        projection.on(event, source);
                        projection.on(event, source);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(engagement.row("Scotland", aberdeen, admin).get("bookings12m").asInt())
                .isEqualTo(writers * perWriter);
    }

    private void republishMembershipEventsOf(String organisationId) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipRenewed.v1")
                    .and(r -> organisationId.equals(r.key())));
            events.publish(consumer.records(r -> organisationId.equals(r.key())).stream()
                    .map(r -> codec.decode(r).orElseThrow()).toList());
        }
    }
}
