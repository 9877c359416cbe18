package uk.socialvalue.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's proving flow across the three services, each running from its executable jar in
 * its own JVM against the real broker, store and mail catcher, started by {@link LocalPlatform} on free
 * ports exactly as {@code ./run-local.sh} starts them. Only public HTTP APIs and captured mail are
 * used: the services never see this test. The steps share one platform and run in order; a later step
 * is skipped, not failed, when an earlier one did not produce what it needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFlowEndToEndTests {

    private static final String ADA = "ada@salford.example";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([^&\\s\"'<>]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private LocalPlatform platform;
    private String salfordId;
    private String adminToken;
    private String setupToken;

    @BeforeAll
    void startThePlatform() throws IOException {
        Path repository = Settings.findRepositoryRoot(Path.of("")).orElseThrow(() -> new IllegalStateException(
                "Run from inside the repository: no folder with mvnw above " + Path.of("").toAbsolutePath()));
        for (String service : List.of("membership-service", "training-service", "notification-service")) {
            Path jar = repository.resolve(service).resolve("target").resolve(service + "-exec.jar");
            if (!Files.isRegularFile(jar)) {
                fail(jar + " is missing. Build the services first: "
                        + "./mvnw -B package -DskipTests -pl membership-service,training-service,notification-service -am");
            }
        }
        // Under target/, not a JUnit temp dir: when a step fails, the services' logs are still there to read.
        Path target = repository.resolve("local-platform").resolve("target");
        Files.createDirectories(target);
        Path data = Files.createTempDirectory(target, "platform-flow-");
        Settings settings = Settings.defaults(repository)
                .withDataDirectory(data)
                .withPorts(FreePorts.forPlatform());
        platform = LocalPlatform.start(settings);
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(0)
    void reportsEveryServiceHealthy() throws Exception {
        for (String service : List.of(platform.membershipUrl(), platform.trainingUrl(), platform.notificationUrl())) {
            HttpResponse<String> health = get(service + "/actuator/health", null);
            assertThat(health.statusCode()).as("%s/actuator/health", service).isEqualTo(200);
            assertThat(json.readTree(health.body()).path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    @Order(1)
    void acceptsAnApplicationAndEmailsTheContact() throws Exception {
        HttpResponse<String> applied = post(platform.membershipUrl() + "/api/applications", """
                {"organisation": {"type": "LOCAL_AUTHORITY", "gssCode": "E08000006"},
                 "contact": {"name": "Ada Lovelace", "email": "ada@salford.example", "jobTitle": "Procurement lead"},
                 "membershipType": "LOCAL_AUTHORITY"}""", null);

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonNode body = json.readTree(applied.body());
        assertThat(body.path("status").asString()).isEqualTo("PENDING_APPROVAL");
        salfordId = body.path("organisationId").asString();
        assertThat(salfordId).isNotBlank();
        assertThat(applied.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains(salfordId));

        JsonNode received = awaitMail(ADA, message -> true);
        assertThat(received.path("Subject").asString()).containsIgnoringCase("application");
    }

    @Test
    @Order(2)
    void issuesATokenToTheBootstrapAdminAndRefusesAWrongPassword() throws Exception {
        HttpResponse<String> issued = post(platform.membershipUrl() + "/api/auth/token",
                credentials(LocalPlatform.ADMIN_EMAIL, LocalPlatform.ADMIN_PASSWORD), null);

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode token = json.readTree(issued.body());
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asLong()).isPositive();
        adminToken = token.path("access_token").asString();
        assertThat(adminToken).isNotBlank();

        HttpResponse<String> refused = post(platform.membershipUrl() + "/api/auth/token",
                credentials(LocalPlatform.ADMIN_EMAIL, "not-the-password"), null);
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void approvalActivatesTheMembershipEmailsAWelcomeAndReachesTraining() throws Exception {
        assumeThat(salfordId).as("the application of step 1").isNotNull();
        assumeThat(adminToken).as("the admin token of step 2").isNotNull();

        HttpResponse<String> approved = post(platform.membershipUrl() + "/api/organisations/" + salfordId + "/approval",
                "{}", adminToken);

        assertThat(approved.statusCode()).as(approved.body()).isBetween(200, 299);
        HttpResponse<String> organisation = get(platform.membershipUrl() + "/api/organisations/" + salfordId, adminToken);
        assertThat(json.readTree(organisation.body()).path("status").asString()).isEqualTo("ACTIVE");

        JsonNode welcome = awaitMail(ADA, message -> setupTokenIn(message).isPresent());
        setupToken = setupTokenIn(welcome).orElseThrow();

        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> member = get(platform.trainingUrl() + "/api/member-organisations/" + salfordId, adminToken);
            assertThat(member.statusCode()).as(member.body()).isEqualTo(200);
            JsonNode body = json.readTree(member.body());
            assertThat(body.path("organisationId").asString()).isEqualTo(salfordId);
            assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        });
    }

    @Test
    @Order(4)
    void contactSetsAPasswordOnceSignsInAndSeesOnlyTheirOrganisation() throws Exception {
        assumeThat(setupToken).as("the welcome email's token of step 3").isNotNull();
        String password = "a-long-enough-password-1";
        String setPassword = "{\"token\": \"" + setupToken + "\", \"password\": \"" + password + "\"}";

        HttpResponse<String> set = post(platform.membershipUrl() + "/api/account/password", setPassword, null);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        HttpResponse<String> reused = post(platform.membershipUrl() + "/api/account/password", setPassword, null);
        assertThat(reused.statusCode()).as("the token is single use: %s", reused.body()).isBetween(400, 499);

        HttpResponse<String> signedIn = post(platform.membershipUrl() + "/api/auth/token", credentials(ADA, password), null);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String adasToken = json.readTree(signedIn.body()).path("access_token").asString();

        HttpResponse<String> own = get(platform.membershipUrl() + "/api/organisations/" + salfordId, adasToken);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode salford = json.readTree(own.body());
        assertThat(salford.path("id").asString()).isEqualTo(salfordId);
        assertThat(salford.path("name").asString()).isEqualTo("Salford");
        assertThat(salford.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(salford.path("region").asString()).isEqualTo("North West");
        assertThat(salford.path("gssCode").asString()).isEqualTo("E08000006");

        assertThat(get(platform.membershipUrl() + "/api/organisations/" + salfordId, null).statusCode()).isEqualTo(401);

        HttpResponse<String> otherApplication = post(platform.membershipUrl() + "/api/applications", """
                {"organisation": {"type": "LOCAL_AUTHORITY", "gssCode": "E08000003"},
                 "contact": {"name": "Grace Hopper", "email": "grace@manchester.example", "jobTitle": "Social value officer"},
                 "membershipType": "LOCAL_AUTHORITY"}""", null);
        assertThat(otherApplication.statusCode()).as(otherApplication.body()).isEqualTo(201);
        String manchesterId = json.readTree(otherApplication.body()).path("organisationId").asString();
        HttpResponse<String> other = get(platform.membershipUrl() + "/api/organisations/" + manchesterId, adasToken);
        assertThat(other.statusCode()).as("another organisation is hidden from Ada: %s", other.body()).isIn(403, 404);
    }

    /** Polls the catcher's Mailpit-style API until a message to {@code recipient} matches, and returns its detail. */
    private JsonNode awaitMail(String recipient, Predicate<JsonNode> matches) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> findMail(recipient, matches), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> findMail(String recipient, Predicate<JsonNode> matches) throws Exception {
        JsonNode page = json.readTree(get(platform.mailCatcherUrl() + "/api/v1/messages", null).body());
        for (JsonNode summary : page.path("messages")) {
            boolean toRecipient = StreamSupport.stream(summary.path("To").spliterator(), false)
                    .anyMatch(to -> recipient.equalsIgnoreCase(to.path("Address").asString()));
            if (toRecipient) {
                JsonNode message = json.readTree(get(platform.mailCatcherUrl() + "/api/v1/message/"
                        + summary.path("ID").asString(), null).body());
                if (matches.test(message)) {
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }

    /** The link's {@code token} query parameter, from the text body or, failing that, the HTML one. */
    private static Optional<String> setupTokenIn(JsonNode message) {
        for (String body : List.of(message.path("Text").asString(""),
                message.path("HTML").asString("").replace("&amp;", "&"))) {
            Matcher token = TOKEN.matcher(body);
            if (token.find()) {
                return Optional.of(URLDecoder.decode(token.group(1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String credentials(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    private HttpResponse<String> post(String url, String body, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String bearerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
