package uk.socialvalue.membership.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

@MembershipIntegrationTest
class ApplyingForMembershipTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    Organisations organisations;

    @Test
    void acceptsACouncilNamedFromTheRegisterAndPublishesTheApplication() {
        String email = unique("ada") + "@salford.example";

        Response response = api().post("/api/applications", councilApplication("E08000006", email), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String organisationId = response.text("/organisationId");
        assertThat(response.location()).endsWith("/api/organisations/" + organisationId);
        assertThat(response.text("/status")).isEqualTo("PENDING_APPROVAL");
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            var record = consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipApplied.v1")
                    .and(r -> organisationId.equals(r.key())));
            assertThat(codec.decode(record)).get().isInstanceOfSatisfying(MembershipApplied.class, event -> {
                assertThat(event.organisation().name()).isEqualTo("Salford");
                assertThat(event.organisation().region()).isEqualTo("North West");
                assertThat(event.primaryContact().email()).isEqualTo(email);
                assertThat(event.primaryContact().name()).isEqualTo("Ada Lovelace");
            });
        }
    }

    @Test
    void refusesASecondOpenApplicationForTheSameCouncilNamingTheFirst() {
        Response first = api().post("/api/applications", councilApplication("E08000003", unique("a") + "@m.example"), null);
        Response second = api().post("/api/applications", councilApplication("E08000003", unique("b") + "@m.example"), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("/organisationId")).isEqualTo(first.text("/organisationId"));
    }

    @Test
    void createsOneMembershipWhenFiftyApplicationsForOneCouncilArriveAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Response>> applications = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = unique("officer" + i) + "@leeds.example";
            applications.add(() -> api().post("/api/applications", councilApplication("E08000035", email), null));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> outcome : pool.invokeAll(applications)) {
            statuses.add(outcome.get().status());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
        assertThat(organisations.withOpenMembership("E08000035")).isPresent();
    }

    @Test
    void refusesAnUnknownGssCodeNamingTheField() {
        Response response = api().post("/api/applications", councilApplication("E99999999", unique("x") + "@x.example"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("/errors/0/field")).isEqualTo("organisation.gssCode");
    }

    @Test
    void refusesMissingAndMalformedFieldsNamingEachOne() {
        Response response = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", "E08000006"),
                "contact", Map.of("name", "Evil\r\nBcc: everyone@example.com", "email", "not-an-email"),
                "membershipType", "LOCAL_AUTHORITY"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("contact.email", "contact.name");
    }

    @Test
    void refusesAnUnknownOrganisationTypeNamingTheField() {
        Response response = api().post("/api/applications", """
                {"organisation": {"type": "SPACESHIP"}, "contact": {"name": "A", "email": "a@b.example"},
                 "membershipType": "BUSINESS"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("organisation.type");
    }

    @Test
    void refusesBrokenJsonWithA400() {
        Response response = api().post("/api/applications", "{\"organisation\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void asksOtherOrganisationsForTheirNameAndAKnownRegion() {
        Response response = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "HOUSING_ASSOCIATION", "name", "Northern Homes", "region", "Atlantis"),
                "contact", Map.of("name", "Grace Hopper", "email", unique("grace") + "@homes.example"),
                "membershipType", "HOUSING_ASSOCIATION"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/field")).isEqualTo("organisation.region");
    }

    @Test
    void refusesAContactEmailThatAlreadyBelongsToSomeone() {
        String email = unique("shared") + "@example.org";
        Response first = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "CHARITY_OR_SOCIAL_ENTERPRISE", "name", "Good Causes", "region", "Wales"),
                "contact", Map.of("name", "Ann", "email", email), "membershipType", "CHARITY_OR_SOCIAL_ENTERPRISE"), null);
        Response second = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "BUSINESS", "name", "Better Business", "region", "Wales"),
                "contact", Map.of("name", "Ann", "email", email.toUpperCase()), "membershipType", "BUSINESS"), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    static Map<String, Object> councilApplication(String gssCode, String email) {
        return Map.of("organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", gssCode),
                "contact", Map.of("name", "Ada Lovelace", "email", email, "jobTitle", "Procurement lead"),
                "membershipType", "LOCAL_AUTHORITY");
    }

    static String unique(String prefix) {
        return Unique.name(prefix);
    }
}
