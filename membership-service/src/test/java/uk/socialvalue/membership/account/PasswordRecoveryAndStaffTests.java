package uk.socialvalue.membership.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.Members.SignedIn;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Forgotten passwords, expired welcome links, staff accounts and revocation, through the API as the portal
 * and scripts use it, with the links read from the events that feed the emails.
 */
@MembershipIntegrationTest
class PasswordRecoveryAndStaffTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aForgottenPasswordIsResetWithASingleUseLinkThatANewerOneReplaces() {
        SignedIn member = members().approvedCouncil("E06000030");

        Response first = requestReset(member.email());
        String older = latestLink(member.email(), PasswordSetupRequested.Reason.PASSWORD_RESET, 1);
        requestReset(member.email());
        String newer = latestLink(member.email(), PasswordSetupRequested.Reason.PASSWORD_RESET, 2);

        assertThat(first.status()).isEqualTo(202);
        assertThat(setPassword(older, NEW_PASSWORD).text("/errors/0/field"))
                .as("a newer link replaces the older one").isEqualTo("token");
        assertThat(setPassword(newer, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(setPassword(newer, "yet another passphrase").text("/errors/0/field"))
                .as("a link works once").isEqualTo("token");
        assertThat(signIn(member.email(), NEW_PASSWORD).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                api().get("/api/organisations/" + member.organisationId(), member.token()).status())
                .as("setting a password revokes the earlier access tokens").isEqualTo(401));
    }

    @Test
    void everyAddressGetsTheSameAnswerAndOnlyAPersonWithALiveRoleGetsALink() {
        String applicant = Unique.email("applicant", "council.example");
        members().apply("E06000031", applicant);

        Response unknown = requestReset("nobody-" + applicant);
        Response pending = requestReset(applicant);

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.body()).isEqualTo(unknown.body());
        assertNoLinkFor(applicant); // an application not yet approved gets no link
    }

    @Test
    void aResetLinkExpiresAfterAnHourAndTheSameRequestReissuesAnExpiredWelcome() {
        String email = Unique.email("late", "council.example");
        String organisationId = members().apply("E06000032", email);
        assertThat(api().post("/api/organisations/" + organisationId + "/approval", null, members().adminToken())
                .status()).isEqualTo(200);
        String welcome = latestLink(email, PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED, 1);

        clock.advance(Duration.ofHours(73));
        assertThat(setPassword(welcome, NEW_PASSWORD).text("/errors/0/field")).isEqualTo("token");
        requestReset(email);
        String reissued = latestLink(email, PasswordSetupRequested.Reason.PASSWORD_RESET, 1);
        clock.advance(Duration.ofMinutes(61));
        assertThat(setPassword(reissued, NEW_PASSWORD).text("/errors/0/field")).isEqualTo("token");
        requestReset(email);
        String fresh = latestLink(email, PasswordSetupRequested.Reason.PASSWORD_RESET, 2);

        assertThat(setPassword(fresh, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(signIn(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPassphraseLongerThanBcryptReadsIsA400NamingThePasswordAndNeverA500() {
        SignedIn member = members().approvedCouncil("E06000033");
        requestReset(member.email());
        String link = latestLink(member.email(), PasswordSetupRequested.Reason.PASSWORD_RESET, 1);
        String seventyThreeBytes = "é".repeat(36) + "x"; // 37 characters, 73 bytes in UTF-8

        Response tooLong = setPassword(link, seventyThreeBytes);

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("/errors/0/field")).isEqualTo("password");
        assertThat(tooLong.text("/errors/0/message")).contains("72 bytes");
        Response page = api().postForm("/account/set-password", "token=" + link + "&password="
                + java.net.URLEncoder.encode(seventyThreeBytes, java.nio.charset.StandardCharsets.UTF_8)
                + "&confirmation=" + java.net.URLEncoder.encode(seventyThreeBytes,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.status()).as("the HTML form says so, not a 500").isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "href=\"#password\"",
                "Your password must be at most 72 bytes");
        assertThat(setPassword(link, "x".repeat(72)).status()).as("72 bytes are fine").isEqualTo(204);
        assertThat(signIn(member.email(), "x".repeat(200)).status()).as("a long guess is just wrong").isEqualTo(401);
    }

    @Test
    void anAdministratorAddsStaffWhoSetAPasswordSignInAsAdminAndChangeItThemselves() {
        String email = Unique.email("staff", "svuk.test");
        Response added = api().post("/api/staff", Map.of("name", "Ada Staff", "email", email), members().adminToken());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String personId = added.text("/personId");
        assertThat(api().get("/api/staff", members().adminToken()).json().get("items").valueStream()
                .map(s -> s.get("personId").asString())).contains(personId);
        assertThat(api().post("/api/staff", Map.of("name", "Again", "email", email), members().adminToken())
                .status()).isEqualTo(409);

        String link = latestLink(email, PasswordSetupRequested.Reason.STAFF_ADDED, 1);
        assertThat(setPassword(link, NEW_PASSWORD).status()).isEqualTo(204);
        String token = signIn(email, NEW_PASSWORD).text("/access_token");
        assertThat(api().get("/api/staff", token).status()).as("staff are administrators").isEqualTo(200);

        Response wrongCurrent = api().post("/api/account/password-change",
                Map.of("currentPassword", "not it at all", "password", "my own new passphrase"), token);
        Response changed = api().post("/api/account/password-change",
                Map.of("currentPassword", NEW_PASSWORD, "password", "my own new passphrase"), token);

        assertThat(wrongCurrent.text("/errors/0/field")).isEqualTo("currentPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(signIn(email, "my own new passphrase").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(api().get("/api/staff", token).status())
                .as("the earlier token is revoked").isEqualTo(401));
    }

    @Test
    void removedStaffLoseTheirAccessAndTheLastAdministratorStays() {
        String email = Unique.email("leaver", "svuk.test");
        String personId = api().post("/api/staff", Map.of("name", "Leaving Staff", "email", email),
                members().adminToken()).text("/personId");
        setPassword(latestLink(email, PasswordSetupRequested.Reason.STAFF_ADDED, 1), NEW_PASSWORD);
        String token = signIn(email, NEW_PASSWORD).text("/access_token");

        Response removed = api().delete("/api/staff/" + personId, members().adminToken());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(signIn(email, NEW_PASSWORD).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(api().get("/api/staff", token).status())
                .isEqualTo(401));
        assertThat(api().delete("/api/staff/" + personId, members().adminToken()).status()).isEqualTo(404);

        String admin = members().adminToken();
        String me = api().get("/api/staff", admin).json().get("items").valueStream()
                .filter(s -> s.get("email").asString().equals(MembershipIntegrationTest.ADMIN_EMAIL))
                .map(s -> s.get("personId").asString()).findFirst().orElseThrow();
        api().get("/api/staff", admin).json().get("items").valueStream()
                .map(s -> s.get("personId").asString()).filter(id -> !id.equals(me))
                .forEach(id -> api().delete("/api/staff/" + id, admin));
        assertThat(api().delete("/api/staff/" + me, admin).status()).as("never the last administrator")
                .isEqualTo(409);
    }

    @Test
    void staffRemovedAtOnceAreAllRemovedNoneLostToARace() throws Exception {
        String admin = members().adminToken();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(api().post("/api/staff", Map.of("name", "Temporary " + i,
                    "email", Unique.email("temporary", "svuk.test")), admin).text("/personId"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
        try {
            List<java.util.concurrent.Future<Integer>> removals = new java.util.ArrayList<>();
            for (String id : ids) {
                removals.add(pool.submit(() -> api().delete("/api/staff/" + id, admin).status()));
            }
            for (var removal : removals) {
                assertThat(removal.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(api().get("/api/staff", admin).json().get("items").valueStream()
                .map(s -> s.get("personId").asString())).doesNotContainAnyElementsOf(ids)
                .contains(staffId(MembershipIntegrationTest.ADMIN_EMAIL, admin));
    }

    private String staffId(String email, String admin) {
        return api().get("/api/staff", admin).json().get("items").valueStream()
                .filter(s -> s.get("email").asString().equals(email))
                .map(s -> s.get("personId").asString()).findFirst().orElseThrow();
    }

    @Test
    void aFormerPrimarysAndARemovedContactsEarlierTokensStopWorkingWithinFiveSeconds() {
        SignedIn bristol = members().approvedCouncil("E06000034");
        String path = "/api/organisations/" + bristol.organisationId();
        api().post(path + "/contacts", Map.of("name", "Second Officer", "email", "second@bristol.example"),
                bristol.token());
        api().post(path + "/contacts", Map.of("name", "Third Officer", "email", "third@bristol.example"),
                bristol.token());
        SignedIn second = members().activate(bristol.organisationId(), "second@bristol.example");
        SignedIn third = members().activate(bristol.organisationId(), "third@bristol.example");
        assertThat(api().get(path, third.token()).status()).isEqualTo(200);

        long handOverMillis = millisUntilRefused(path, bristol.token(), () -> api().post(path + "/primary-contact",
                Map.of("personId", second.personId()), bristol.token()));
        long removalMillis = millisUntilRefused(path, third.token(), () -> api().delete(path + "/contacts/"
                + third.personId(), members().adminToken()));

        assertThat(api().get(path, second.token()).status()).as("the new primary's token still counts")
                .isEqualTo(200);
        assertThat(signIn("third@bristol.example", Members.PASSWORD).status()).isEqualTo(401);
        System.out.printf("Revoked tokens refused by membership-service: %d ms after a hand-over, %d ms after a "
                + "removal (bound: 5000 ms)%n", handOverMillis, removalMillis);
    }

    private long millisUntilRefused(String path, String token, Runnable revokingAction) {
        long start = System.nanoTime();
        revokingAction.run();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(api().get(path, token).status()).isEqualTo(401));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** From an address of its own each time: the per-address limit is ThrottlingTests' business. */
    private Response requestReset(String email) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/account/password-reset"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10.14." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), null, null, response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response setPassword(String token, String password) {
        return api().post("/api/account/password", Map.of("token", token, "password", password), null);
    }

    private Response signIn(String email, String password) {
        return api().post("/api/auth/token", Map.of("email", email, "password", password), null);
    }

    /** The token of the latest link of this kind sent to the address, once {@code count} of them have been. */
    private String latestLink(String email, PasswordSetupRequested.Reason reason, int count) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ACCOUNTS))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> links(consumer, email).stream()
                    .filter(request -> request.reason() == reason).count() >= count);
            PasswordSetupRequested latest = links(consumer, email).stream()
                    .filter(request -> request.reason() == reason)
                    .max(Comparator.comparing(PasswordSetupRequested::occurredAt)).orElseThrow();
            return UriComponentsBuilder.fromUri(URI.create(TestLinkKeys.get().open(latest.sealedSetupUrl()))).build().getQueryParams()
                    .getFirst("token");
        }
    }

    private void assertNoLinkFor(String email) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ACCOUNTS))) {
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> links(consumer, email).isEmpty());
        }
    }

    private List<PasswordSetupRequested> links(KafkaTestConsumer consumer, String email) {
        return consumer.records(record -> true).stream().map(record -> codec.decode(record).orElseThrow())
                .filter(event -> event instanceof PasswordSetupRequested request && email.equals(request.email()))
                .map(PasswordSetupRequested.class::cast).toList();
    }

    private Members members() {
        return new Members(port, kafka, codec);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
