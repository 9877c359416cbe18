package uk.socialvalue.membership.organisation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationStateChanged;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After every change an organisation's whole state goes to the compacted state topic with its version, in the
 * same write as the change's events, so that a read model can be rebuilt from it however old the history.
 */
@MembershipIntegrationTest
class OrganisationStateTopicTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    Memberships memberships;

    @Autowired
    Organisations organisations;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void publishesTheStateAfterEachChangeWithTheVersionItWasStoredAt() {
        String organisationId = new Members(port, kafka, codec).approvedCouncil("E06000010").organisationId();
        LocalDate longAfterTheEnd = organisations.byId(organisationId).orElseThrow().endsOn().plusDays(120);
        clock.setTo(longAfterTheEnd.atTime(LocalTime.of(1, 30)).atZone(UkTime.ZONE).toInstant());

        // One run after a long silence: grace and lapsing in one write, so two events but one state.
        memberships.advanceLifecycle(longAfterTheEnd);

        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATION_STATE))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> states(consumer, organisationId).stream()
                    .anyMatch(state -> state.status() == MembershipStatus.LAPSED));
            List<OrganisationStateChanged> states = states(consumer, organisationId);
            assertThat(states).extracting(OrganisationStateChanged::status).containsExactly(
                    MembershipStatus.PENDING_APPROVAL, MembershipStatus.ACTIVE, MembershipStatus.LAPSED);
            assertThat(states).extracting(OrganisationStateChanged::version).containsExactly(0L, 1L, 2L);
            assertThat(states.get(2).organisation().name()).isEqualTo(organisations.byId(organisationId)
                    .orElseThrow().details().name());
        }
    }

    @Test
    void declaresTheStateTopicCompactedAndTheHistoryTopicsKeepingEverything() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var state = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEMBERSHIP_ORGANISATION_STATE);
            var history = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEMBERSHIP_ORGANISATIONS);
            var configs = admin.describeConfigs(List.of(state, history)).all().get();

            assertThat(configs.get(state).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(configs.get(history).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
            assertThat(configs.get(history).get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(configs.get(history).get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("1");
        }
    }

    private List<OrganisationStateChanged> states(KafkaTestConsumer consumer, String organisationId) {
        return consumer.records(record -> organisationId.equals(record.key())).stream()
                .map(record -> codec.decode(record).orElseThrow())
                .map(OrganisationStateChanged.class::cast).toList();
    }
}
