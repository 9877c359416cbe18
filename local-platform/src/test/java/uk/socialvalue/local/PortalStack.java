package uk.socialvalue.local;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The platform with its web portal, started by {@link LocalPlatform} exactly as {@code ./run-local.sh} starts it
 * (every service and the portal in its own JVM, on free ports), and one headless Chromium: started once for the
 * whole test JVM, shared by every browser test class, stopped when the JVM's tests end. Besides the browser it
 * offers what the tests need to set a scene through the public APIs (as a script would) and to read the emails
 * the mail catcher received.
 */
final class PortalStack implements AutoCloseable {

    static final Duration EVENTUALLY = Duration.ofSeconds(60);
    static final String PASSWORD = "a long enough password for tests";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    private final Path repository;
    private final LocalPlatform platform;
    private final Browser browser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String adminToken;

    private PortalStack(Path repository, LocalPlatform platform, Browser browser) {
        this.repository = repository;
        this.platform = platform;
        this.browser = browser;
    }

    /** Resolves a {@link PortalStack} parameter, starting the stack for the first class that asks. */
    static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PortalStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(PortalStack.class, key -> start(), PortalStack.class);
        }
    }

    private static PortalStack start() {
        Path repository = Settings.findRepositoryRoot(Path.of("")).orElseThrow(() -> new IllegalStateException(
                "Run from inside the repository: no folder with mvnw above " + Path.of("").toAbsolutePath()));
        for (String module : List.of("membership-service", "training-service", "notification-service", "web-portal")) {
            Path jar = repository.resolve(module).resolve("target").resolve(module + "-exec.jar");
            if (!Files.isRegularFile(jar)) {
                fail(jar + " is missing. Build it first: ./mvnw -B package -DskipTests");
            }
        }
        try {
            Path target = repository.resolve("local-platform").resolve("target");
            Files.createDirectories(target);
            // Under target/, not a JUnit temp dir: when a step fails, the logs are still there to read.
            Path data = Files.createTempDirectory(target, "portal-browser-");
            LocalPlatform platform = LocalPlatform.start(Settings.defaults(repository).withDataDirectory(data)
                    .withPorts(FreePorts.forPlatform()));
            try {
                return new PortalStack(repository, platform, Browser.start(platform.portalUrl(), data));
            } catch (RuntimeException e) {
                platform.close();
                throw e;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Browser browser() {
        return browser;
    }

    /** A screenshot of the browser's page for the README (see {@link Browser#screenshot}). */
    void screenshot(String name) {
        browser.screenshot(repository, name);
    }

    Path repository() {
        return repository;
    }

    String portalUrl() {
        return platform.portalUrl();
    }

    static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- setting a scene through the public APIs ---

    String adminToken() {
        if (adminToken == null) {
            JsonNode issued = call("POST", platform.membershipUrl() + "/api/auth/token", "{\"email\":\""
                    + ServiceDefinitions.ADMIN_EMAIL + "\",\"password\":\"" + ServiceDefinitions.ADMIN_PASSWORD + "\"}", null, 200);
            adminToken = issued.path("access_token").asString();
        }
        return adminToken;
    }

    /** An application for a council of the register, as the API takes it; returns the organisation id. */
    String apply(String gssCode, String name, String email) {
        return call("POST", platform.membershipUrl() + "/api/applications", """
                {"organisation": {"type": "LOCAL_AUTHORITY", "gssCode": "%s"},
                 "contact": {"name": "%s", "email": "%s", "jobTitle": "Procurement lead"},
                 "membershipType": "LOCAL_AUTHORITY"}""".formatted(gssCode, name, email), null, 201)
                .path("organisationId").asString();
    }

    void approve(String organisationId) {
        call("POST", platform.membershipUrl() + "/api/organisations/" + organisationId + "/approval", null,
                adminToken(), 200);
    }

    /** A council applied, approved, and its contact's password set from the welcome email's link. */
    String memberCouncil(String gssCode, String email) {
        String organisationId = apply(gssCode, "Officer " + gssCode, email);
        approve(organisationId);
        String link = awaitLink(email, "/account/set-password?token=");
        String token = URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
        call("POST", platform.membershipUrl() + "/api/account/password",
                "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}", null, 204);
        return organisationId;
    }

    String contactToken(String email) {
        return call("POST", platform.membershipUrl() + "/api/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null, 200)
                .path("access_token").asString();
    }

    /** A session of the standard "Social Value in Procurement" course, in person, starting in {@code days} days. */
    String scheduleSession(int capacity, int days) {
        String courseId = StreamSupport.stream(call("GET", platform.trainingUrl() + "/api/courses", null, null, 200)
                        .spliterator(), false)
                .filter(course -> course.path("code").asString().equals("SV-PROC")).findFirst().orElseThrow()
                .path("id").asString();
        var starts = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        return call("POST", platform.trainingUrl() + "/api/sessions", """
                {"courseId": "%s", "startsAt": "%s", "endsAt": "%s", "format": "IN_PERSON",
                 "venue": "Salford Civic Centre, Chorley Road", "capacity": %d,
                 "memberPrice": "250.00", "nonMemberPrice": "400.00"}"""
                .formatted(courseId, starts, starts.plus(Duration.ofHours(3)), capacity), adminToken(), 201)
                .path("id").asString();
    }

    /** SVUK staff book for an organisation, as the API lets them; returns the booking id. */
    String bookFor(String organisationId, String sessionId, String attendeeEmail) {
        return call("POST", platform.trainingUrl() + "/api/sessions/" + sessionId + "/bookings", """
                {"organisationId": "%s", "attendees": [{"name": "Someone Else", "email": "%s"}]}"""
                .formatted(organisationId, attendeeEmail), adminToken(), 201).path("id").asString();
    }

    /** A North West working group with a meeting in a fortnight, its invitations issued. */
    String northWestMeetingWithInvitations(String title) {
        String group = call("POST", platform.membershipUrl() + "/api/working-groups", """
                {"name": "%s", "kind": "REGIONAL", "region": "North West"}""".formatted(unique("North West")),
                adminToken(), 201).path("id").asString();
        var starts = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS);
        String meeting = call("POST", platform.membershipUrl() + "/api/working-groups/" + group + "/meetings", """
                {"title": "%s", "startsAt": "%s", "endsAt": "%s", "venue": "Salford Civic Centre"}"""
                .formatted(title, starts, starts.plus(Duration.ofHours(2))), adminToken(), 201).path("id").asString();
        call("POST", platform.membershipUrl() + "/api/meetings/" + meeting + "/invitations", null, adminToken(), 200);
        return meeting;
    }

    // --- the mail catcher ---

    /** The first link in the newest email to {@code recipient} whose text contains {@code part}. */
    String awaitLink(String recipient, String part) {
        return awaitLink(recipient, part, "");
    }

    /** The same, from the newest email whose text also mentions {@code about}. */
    String awaitLink(String recipient, String part, String about) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                .until(() -> findLink(recipient, part, about), Optional::isPresent).orElseThrow();
    }

    /** The subjects of the emails to {@code recipient}, newest first, once one matches. */
    List<String> awaitSubjects(String recipient, Predicate<String> matches) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                .until(() -> subjects(recipient), subjects -> subjects.stream().anyMatch(matches));
    }

    private List<String> subjects(String recipient) {
        return messagesTo(recipient).stream().map(message -> message.path("Subject").asString()).toList();
    }

    private Optional<String> findLink(String recipient, String part, String about) {
        for (JsonNode message : messagesTo(recipient)) {
            String text = call("GET", platform.mailCatcherUrl() + "/api/v1/message/" + message.path("ID").asString(),
                    null, null, 200).path("Text").asString();
            if (!text.contains(about)) {
                continue;
            }
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                if (links.group().contains(part)) {
                    return Optional.of(links.group());
                }
            }
        }
        return Optional.empty();
    }

    private List<JsonNode> messagesTo(String recipient) {
        JsonNode list = call("GET", platform.mailCatcherUrl() + "/api/v1/messages?limit=200", null, null, 200);
        return StreamSupport.stream(list.path("messages").spliterator(), false)
                .filter(message -> StreamSupport.stream(message.path("To").spliterator(), false)
                        .anyMatch(to -> to.path("Address").asString().equalsIgnoreCase(recipient)))
                .toList();
    }

    private JsonNode call(String method, String url, String body, String token, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, url, response.body()).isEqualTo(expected);
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            reportMemory();
            browser.close();
        } finally {
            platform.close();
        }
    }

    /**
     * Prints how much memory each JVM of the stack holds after the journeys (resident set, from /proc), beside
     * the local stack's target of 1.2 GB in all. A figure to read, not a test: it depends on the machine.
     */
    private void reportMemory() {
        Settings.Ports ports = platform.settings().ports();
        Map<String, Integer> services = new LinkedHashMap<>();
        services.put("web-portal", ports.portal());
        services.put("membership-service", ports.membership());
        services.put("training-service", ports.training());
        services.put("notification-service", ports.notification());
        StringBuilder line = new StringBuilder("Resident memory after the browser journeys:");
        long total = 0;
        for (var service : services.entrySet()) {
            long kib = residentKib("--server.port=" + service.getValue());
            total += kib;
            line.append(' ').append(service.getKey()).append(' ').append(kib / 1024).append(" MB,");
        }
        long kafka = residentKib("kafka.Kafka", platform.settings().dataDirectory().toString());
        total += kafka;
        line.append(" Kafka ").append(kafka / 1024).append(" MB; together ").append(total / 1024)
                .append(" MB (target for the whole local stack: under 1200 MB)");
        System.out.println(line);
        System.out.println("Pages checked by axe-core and for tokens: " + browser.pagesChecked());
    }

    /**
     * The resident memory of the process whose command line holds every one of {@code parts}, in KiB, read from
     * /proc (a JVM's command line with a long class path is more than the JDK's process API shows).
     */
    private static long residentKib(String... parts) {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> {
                        try {
                            String command = new String(Files.readAllBytes(dir.resolve("cmdline")),
                                    StandardCharsets.UTF_8).replace('\0', ' ');
                            return Arrays.stream(parts).allMatch(command::contains);
                        } catch (IOException | RuntimeException gone) {
                            return false;
                        }
                    })
                    .findFirst()
                    .map(dir -> {
                        try {
                            return Files.readAllLines(dir.resolve("status")).stream()
                                    .filter(status -> status.startsWith("VmRSS:"))
                                    .map(status -> Long.parseLong(status.replaceAll("\\D", "")))
                                    .findFirst().orElse(0L);
                        } catch (IOException | RuntimeException gone) {
                            return 0L;
                        }
                    })
                    .orElse(0L);
        } catch (IOException e) {
            return 0L;
        }
    }

}
