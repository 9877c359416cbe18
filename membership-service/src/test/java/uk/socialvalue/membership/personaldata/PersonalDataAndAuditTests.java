package uk.socialvalue.membership.personaldata;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.Members.SignedIn;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit log, a person's download of their data, and erasure, through the API. */
@MembershipIntegrationTest
class PersonalDataAndAuditTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Test
    void staffAndContactsActionsAreInTheAuditLogNewestFirst() {
        SignedIn york = members().approvedCouncil("E06000039");
        String path = "/api/organisations/" + york.organisationId();
        api().put(path + "/contacts/" + york.personId() + "/preferences", Map.of("workingGroupInvitations", false),
                york.token());
        String admin = members().adminToken();

        Response log = api().get("/api/audit?organisationId=" + york.organisationId(), admin);

        assertThat(log.status()).isEqualTo(200);
        List<JsonNode> items = log.json().get("items").valueStream().toList();
        assertThat(items).extracting(item -> item.get("action").asString()).containsExactly(
                "PUT /api/organisations/{id}/contacts/{personId}/preferences",
                "POST /api/organisations/{id}/approval");
        assertThat(items.get(0).at("/actor/personId").asString()).isEqualTo(york.personId());
        assertThat(items.get(0).at("/actor/email").asString()).isEqualTo(york.email());
        assertThat(items.get(1).at("/actor/email").asString()).isEqualTo(MembershipIntegrationTest.ADMIN_EMAIL);
        assertThat(items.get(0).get("organisationId").asString()).isEqualTo(york.organisationId());
        assertThat(items.get(0).get("at").asString()).isNotBlank();
        assertThat(log.json().get("total").asLong()).isEqualTo(2);
        assertThat(api().get("/api/audit?actor=" + york.email() + "&size=1", admin).json().get("items").size())
                .isEqualTo(1);
        assertThat(api().get("/api/audit", york.token()).status()).isEqualTo(403);
        assertThat(api().get("/api/audit?size=0", admin).text("/errors/0/field")).isEqualTo("size");
    }

    @Test
    void aContactDownloadsWhatMembershipServiceHoldsAboutThem() {
        SignedIn leeds = members().approvedCouncil("E07000040");

        Response mine = api().get("/api/account/personal-data", leeds.token());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("/personId")).isEqualTo(leeds.personId());
        assertThat(mine.text("/account/email")).isEqualTo(leeds.email());
        assertThat(mine.json().at("/account/passwordSet").asBoolean()).isTrue();
        assertThat(mine.json().at("/account/passwordHash").isMissingNode()).isTrue();
        assertThat(mine.text("/contactOf/0/organisationId")).isEqualTo(leeds.organisationId());
        assertThat(mine.text("/contactOf/0/role")).isEqualTo("PRIMARY");
        assertThat(mine.json().get("workingGroupInvitations").isArray()).isTrue();
        assertThat(api().get("/api/account/personal-data", null).status()).isEqualTo(401);
    }

    @Test
    void aFormerContactIsErasedOnceAndEveryServiceIsTold() {
        SignedIn kirklees = members().approvedCouncil("E07000041");
        String path = "/api/organisations/" + kirklees.organisationId();
        String email = "leaver@eastdevon.example";
        api().post(path + "/contacts", Map.of("name", "Lea Leaver", "email", email, "jobTitle", "Buyer"),
                kirklees.token());
        SignedIn leaver = members().activate(kirklees.organisationId(), email);
        api().put(path + "/contacts/" + leaver.personId() + "/preferences", Map.of("workingGroupInvitations", false),
                leaver.token());
        String admin = members().adminToken();
        assertThat(api().delete("/api/people/" + leaver.personId(), admin).status())
                .as("a current contact holds a live role").isEqualTo(409);
        api().delete(path + "/contacts/" + leaver.personId(), kirklees.token());

        Response erased = api().delete("/api/people/" + leaver.personId(), admin);
        Response again = api().delete("/api/people/" + leaver.personId(), admin);

        assertThat(erased.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        JsonNode former = api().get(path, admin).json().get("formerContacts").get(0);
        assertThat(former.get("name").asString()).isEqualTo("Erased person");
        assertThat(former.get("email").isNull() || former.get("email").isMissingNode()).isTrue();
        assertThat(api().get(path, admin).toString()).doesNotContain(email, "Lea Leaver", "Buyer");
        assertThat(api().get("/api/audit?actor=" + leaver.personId(), admin).body()).doesNotContain(email);
        assertThat(api().delete("/api/people/" + kirklees.personId(), admin).status())
                .as("the primary contact still holds a live role").isEqualTo(409);
        assertThat(api().delete("/api/people/no-such-person", admin).status()).isEqualTo(404);
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_PEOPLE))) {
            var record = consumer.awaitRecord(KafkaTestConsumer.ofType("membership.PersonErased.v1")
                    .and(r -> leaver.personId().equals(r.key())));
            assertThat(((PersonErased) codec.decode(record).orElseThrow()).emails()).containsExactly(email);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> consumer.records(
                    KafkaTestConsumer.ofType("membership.PersonErased.v1")
                            .and(r -> leaver.personId().equals(r.key()))).size() == 1);
        }
    }

    private Members members() {
        return new Members(port, kafka, codec);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
