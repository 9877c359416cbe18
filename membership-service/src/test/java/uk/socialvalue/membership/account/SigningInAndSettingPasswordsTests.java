package uk.socialvalue.membership.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.membership.MembershipIntegrationTest.ADMIN_EMAIL;
import static uk.socialvalue.membership.MembershipIntegrationTest.ADMIN_PASSWORD;

/** The foundation flow inside membership-service: apply, approve, set a password, sign in, see your own. */
@MembershipIntegrationTest
class SigningInAndSettingPasswordsTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Test
    void theFirstAdministratorComesFromConfigurationAndWrongCredentialsAre401() {
        Response admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.text("/token_type")).isEqualTo("Bearer");
        assertThat(admin.json().get("expires_in").asLong()).isPositive();
        assertThat(admin.text("/access_token")).isNotBlank();

        assertThat(signIn(ADMIN_EMAIL, "not-the-password").status()).isEqualTo(401);
        assertThat(signIn("nobody@svuk.test", ADMIN_PASSWORD).status()).isEqualTo(401);
        assertThat(api().post("/api/auth/token", Map.of("email", ADMIN_EMAIL), null).status()).isEqualTo(400);
    }

    @Test
    void anApprovedContactSetsTheirPasswordOnceAndSeesOnlyTheirOwnOrganisation() {
        String admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).text("/access_token");
        String hartlepool = apply("E06000001", "officer@hartlepool.example");
        String middlesbrough = apply("E06000002", "officer@middlesbrough.example");

        Response approval = api().post("/api/organisations/" + hartlepool + "/approval", null, admin);
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.text("/status")).isEqualTo("ACTIVE");
        assertThat(api().post("/api/organisations/" + hartlepool + "/approval", null, admin).status()).isEqualTo(409);

        String token = setupTokenFor(hartlepool);
        assertThat(api().get("/account/set-password?token=" + token, null).status()).isEqualTo(200);
        Response weak = api().post("/api/account/password", Map.of("token", token, "password", "short"), null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text("/errors/0/field")).isEqualTo("password");
        assertThat(api().post("/api/account/password", Map.of("token", token, "password", "correct horse battery"), null)
                .status()).isEqualTo(204);
        Response reused = api().post("/api/account/password", Map.of("token", token, "password", "another long password"), null);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.text("/errors/0/field")).isEqualTo("token");

        String officer = signIn("OFFICER@hartlepool.example", "correct horse battery").text("/access_token");
        Response own = api().get("/api/organisations/" + hartlepool, officer);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("/id")).isEqualTo(hartlepool);
        assertThat(own.text("/name")).isEqualTo("Hartlepool");
        assertThat(own.text("/status")).isEqualTo("ACTIVE");
        assertThat(own.text("/region")).isEqualTo("North East");
        assertThat(own.text("/gssCode")).isEqualTo("E06000001");

        assertThat(api().get("/api/organisations/" + middlesbrough, officer).status()).isEqualTo(404);
        assertThat(api().get("/api/organisations/" + hartlepool, null).status()).isEqualTo(401);
        assertThat(api().post("/api/organisations/" + middlesbrough + "/approval", null, officer).status()).isEqualTo(403);
        assertThat(api().get("/api/organisations/" + hartlepool, token).status())
                .as("a set-password token is not an access token").isEqualTo(401);
    }

    @Test
    void publishesTheSigningKeys() {
        Response jwks = api().get("/.well-known/jwks.json", null);

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.text("/keys/0/kty")).isEqualTo("RSA");
        assertThat(jwks.json().at("/keys/0/d").isMissingNode()).as("no private part").isTrue();
    }

    @Test
    void reportsHealthUpWithThePingBasedStoreCheck() {
        Response health = api().get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("/status")).isEqualTo("UP");
    }

    private String apply(String gssCode, String email) {
        Response response = api().post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", gssCode),
                "contact", Map.of("name", "An Officer", "email", email), "membershipType", "LOCAL_AUTHORITY"), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("/organisationId");
    }

    private String setupTokenFor(String organisationId) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ACCOUNTS))) {
            var record = consumer.awaitRecord(KafkaTestConsumer.ofType("membership.PasswordSetupRequested.v2")
                    .and(r -> codec.decode(r).map(e -> ((PasswordSetupRequested) e).organisationId())
                            .filter(organisationId::equals).isPresent()));
            var event = (PasswordSetupRequested) codec.decode(record).orElseThrow();
            assertThat(event.reason()).isEqualTo(PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED);
            assertThat(record.key()).isEqualTo(event.personId());
            return UriComponentsBuilder.fromUri(URI.create(TestLinkKeys.get().open(event.sealedSetupUrl()))).build().getQueryParams().getFirst("token");
        }
    }

    private Response signIn(String email, String password) {
        return api().post("/api/auth/token", Map.of("email", email, "password", password), null);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
