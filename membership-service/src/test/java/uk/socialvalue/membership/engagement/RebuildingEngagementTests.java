package uk.socialvalue.membership.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.EventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.membership.engagement.EngagementEvents.answered;
import static uk.socialvalue.membership.engagement.EngagementEvents.attendance;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.cancelled;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;
import static uk.socialvalue.membership.engagement.EngagementEvents.issued;
import static uk.socialvalue.membership.engagement.EngagementEvents.levelCompleted;
import static uk.socialvalue.membership.engagement.EngagementEvents.levelWithdrawn;
import static uk.socialvalue.membership.engagement.EngagementEvents.meeting;
import static uk.socialvalue.membership.engagement.EngagementEvents.session;

/**
 * The read model rebuilt from the topics, as the README's runbook does it: stop the listener, reset its
 * consumer group to the beginning of every topic it reads, and start it again, with the model's collections
 * dropped (a rebuild) or kept (a replay over it). Topics keep their full history, so every event is there.
 */
@MembershipIntegrationTest
class RebuildingEngagementTests {

    static final String GROUP = "membership-service.engagement";
    static final List<String> TOPICS = List.of(Topics.MEMBERSHIP_ORGANISATIONS, Topics.MEMBERSHIP_CONTACTS,
            Topics.MEMBERSHIP_WORKING_GROUPS, Topics.TRAINING_SESSIONS);
    static final List<String> COLLECTIONS = List.of("engagementOrganisations", "engagementCouncils",
            "engagementFacts");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MongoDatabase database;

    Members members;
    EngagementApi engagement;
    EventPublisher events;
    String admin;
    Admin kafkaAdmin;

    @BeforeEach
    void setUp() {
        members = new Members(port, kafka, codec);
        engagement = new EngagementApi(port);
        events = new EventPublisher(kafkaTemplate, codec);
        admin = members.adminToken();
        kafkaAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
    }

    @AfterEach
    void tearDown() {
        MessageListenerContainer container = listeners.getListenerContainer("engagement");
        if (!container.isRunning()) {
            container.start();
        }
        kafkaAdmin.close();
    }

    @Test
    void readsTopicsThatKeepEveryEventForEverAndKeepsNoSetPasswordLinks() throws Exception {
        var configs = kafkaAdmin.describeConfigs(List.of(topic(Topics.MEMBERSHIP_ORGANISATIONS),
                topic(Topics.MEMBERSHIP_CONTACTS), topic(Topics.MEMBERSHIP_WORKING_GROUPS),
                topic(Topics.TRAINING_SESSIONS), topic(Topics.MEMBERSHIP_ACCOUNTS))).all().get();

        assertThat(TOPICS).allSatisfy(name -> {
            var config = configs.get(topic(name));
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).as(name).isEqualTo("-1");
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).as(name)
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
        });
        assertThat(configs.get(topic(Topics.MEMBERSHIP_ACCOUNTS)).get(TopicConfig.RETENTION_MS_CONFIG).value())
                .isNotEqualTo("-1");
    }

    @Test
    void rebuildsTheSameFiguresFromTheTopics() {
        String dundee = "S12000042";
        seed(dundee);
        awaitCaughtUp();
        JsonNode before = engagement.council(dundee, admin);
        JsonNode rowBefore = engagement.row("Scotland", dundee, admin);
        assertThat(before.get("level").asString()).isEqualTo("LEADING");

        MessageListenerContainer container = listeners.getListenerContainer("engagement");
        container.stop();
        COLLECTIONS.forEach(collection -> database.getCollection(collection).drop());
        assertThat(engagement.council(dundee, admin).get("membershipStatus").isNull()).isTrue();
        resetToTheBeginning();
        container.start();
        awaitCaughtUp();

        assertThat(engagement.council(dundee, admin)).isEqualTo(before);
        assertThat(engagement.row("Scotland", dundee, admin)).isEqualTo(rowBefore);
    }

    @Test
    void replayingEveryTopicOverTheModelChangesNothing() {
        String angus = "S12000041";
        seed(angus);
        awaitCaughtUp();
        JsonNode regions = engagement.regions(admin);
        JsonNode scotland = engagement.councils("Scotland", admin);
        JsonNode record = engagement.council(angus, admin);

        MessageListenerContainer container = listeners.getListenerContainer("engagement");
        container.stop();
        resetToTheBeginning();
        container.start();
        awaitCaughtUp();

        assertThat(engagement.regions(admin)).isEqualTo(regions);
        assertThat(engagement.councils("Scotland", admin)).isEqualTo(scotland);
        assertThat(engagement.council(angus, admin)).isEqualTo(record);
    }

    /** A member council with a renewal, trained staff, a cancelled booking and working-group answers. */
    private void seed(String gssCode) {
        var council = members.approvedCouncil(gssCode);
        assertThat(engagement.client().post("/api/organisations/" + council.organisationId() + "/renewal", null,
                admin).status()).isEqualTo(200);
        Instant now = Instant.now();
        var session = session(now.minus(26, ChronoUnit.HOURS));
        var booking = booking(council.organisationId(), "ada@council.example", "bob@council.example");
        var dropped = booking(council.organisationId(), "cat@council.example");
        var invitation = issued(meeting(now.plus(3, ChronoUnit.DAYS)), council.organisationId(), now);
        String track = "track-" + gssCode;
        var bobsLevel = levelCompleted(track, 1, council.organisationId(), "bob@council.example", now.minusSeconds(25));
        events.publish(List.of(confirmed(session, booking, now.minusSeconds(50)),
                confirmed(session, dropped, now.minusSeconds(45)),
                cancelled(session, dropped, now.minusSeconds(40)),
                attendance(session, booking, "ada@council.example", true, now.minusSeconds(30)),
                attendance(session, booking, "bob@council.example", true, now.minusSeconds(20)),
                attendance(session, booking, "bob@council.example", false, now.minusSeconds(10)),
                levelCompleted(track, 1, council.organisationId(), "ada@council.example", now.minusSeconds(29)),
                levelCompleted(track, 2, council.organisationId(), "ada@council.example", now.minusSeconds(28)),
                bobsLevel, levelWithdrawn(bobsLevel, now.minusSeconds(9)),
                invitation, answered(invitation, RsvpAnswer.DECLINED, now.plusMillis(1)),
                answered(invitation, RsvpAnswer.ACCEPTED, now.plusMillis(2))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode row = engagement.row("Scotland", gssCode, admin);
            assertThat(row.get("attended12m").asInt()).isEqualTo(1);
            assertThat(row.get("accepted12m").asInt()).isEqualTo(1);
            assertThat(row.get("accreditedPeople").asInt()).as("Ada, at two levels; Bob's withdrawn").isEqualTo(1);
        });
    }

    /** Points the listener's consumer group at the first record of every partition of every topic it reads. */
    private void resetToTheBeginning() {
        Map<TopicPartition, OffsetSpec> earliest = partitions().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest()));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            kafkaAdmin.listOffsets(earliest).all().get().forEach((partition, offset) ->
                    offsets.put(partition, new OffsetAndMetadata(offset.offset())));
            kafkaAdmin.alterConsumerGroupOffsets(GROUP, offsets).all().get();
        });
    }

    /** Waits until the listener has handled every record published so far. */
    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Map<TopicPartition, OffsetSpec> latest = partitions().stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafkaAdmin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = kafkaAdmin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null
                            && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        });
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private List<TopicPartition> partitions() {
        try {
            return kafkaAdmin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
