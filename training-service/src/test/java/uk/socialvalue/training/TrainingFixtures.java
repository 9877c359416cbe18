package uk.socialvalue.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationStateChanged;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.EventPublisher;
import uk.socialvalue.support.test.TestTokens;
import uk.socialvalue.support.test.TrainingSessions;
import uk.socialvalue.support.test.Unique;

import static org.awaitility.Awaitility.await;

/** What integration tests do over and over: schedule sessions, publish membership events, mint tokens. */
@TestComponent
public class TrainingFixtures {

    /** The consumer group of training-service's listeners, as the shared listener factory names it. */
    public static final String GROUP = "training-service";

    private final ApplicationContext context;
    private final TestTokens tokens;
    private final EventPublisher events;
    private final String bootstrapServers;

    TrainingFixtures(ApplicationContext context, TestTokens tokens, KafkaTemplate<String, byte[]> kafka,
            EventCodec codec, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.context = context;
        this.tokens = tokens;
        this.events = new EventPublisher(kafka, codec);
        this.bootstrapServers = bootstrapServers;
    }

    public ApiClient api() {
        return ApiClient.onPort(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public TestTokens tokens() {
        return tokens;
    }

    public String admin() {
        return tokens.admin();
    }

    public String contactOf(String organisationId) {
        return tokens.contact(organisationId, Role.ORG_ADMIN);
    }

    public String courseId(String code) {
        return TrainingSessions.courseId(api(), code);
    }

    /** A session of Social Value in Procurement, starting after the given time from now. */
    public String scheduleSession(int capacity, Duration startsIn) {
        return scheduleSession(capacity, startsIn, null);
    }

    public String scheduleSession(int capacity, Duration startsIn, Instant bookingCutOff) {
        return TrainingSessions.schedule(api(), admin(), capacity, startsIn, bookingCutOff);
    }

    public static Map<String, Object> booking(String... emails) {
        return Map.of("attendees", java.util.Arrays.stream(emails)
                .map(email -> Map.of("name", "Attendee " + email.substring(0, email.indexOf('@')), "email", email))
                .toList(), "purchaseOrder", "PO-123");
    }

    public static String uniqueEmail(String who) {
        return Unique.email(who, "council.example");
    }

    public static OrganisationSummary salford() {
        return Councils.SALFORD;
    }

    /**
     * An organisation's state as membership-service publishes it to its compacted state topic after a change:
     * Salford, at the given version of the organisation.
     */
    public static OrganisationStateChanged state(String organisationId, long version, MembershipStatus status,
            Instant at) {
        return new OrganisationStateChanged(UUID.randomUUID().toString(), at, organisationId, version, salford(),
                status, "LOCAL_AUTHORITY", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    }

    /** A member: the state after an approval. */
    public static OrganisationStateChanged member(String organisationId) {
        return state(organisationId, 1, MembershipStatus.ACTIVE, Instant.now());
    }

    /** Publishes an event as another service's relay would: CloudEvents binary binding, keyed by aggregate. */
    public void publish(IntegrationEvent event) {
        events.publish(event);
    }

    public void send(ProducerRecord<String, byte[]> record) {
        events.send(record);
    }

    /** Waits until training-service's consumer group has processed everything published to the topic so far. */
    public void awaitConsumed(String topic) {
        awaitConsumed(topic, GROUP);
    }

    /** Waits until the consumer group has processed everything published to the topic so far. */
    public void awaitConsumed(String topic, String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                        || (committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }
}
