package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.TrainingSessions;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform for end-to-end and browser tests, started as {@code ./run-local.sh} starts it
 * ({@link LocalPlatform}: Kafka, the store, the mail catcher, and each service's and the web portal's
 * executable jar in its own JVM) but on free ports and with a data folder of its own under the test module's
 * {@code target/e2e-*}, kept for reading after a failure.
 * <p>
 * One is started per test JVM, by the first test that asks ({@link EndToEndTest}), shared by every test class
 * and stopped when the tests are done, after printing each JVM's resident memory. Tests stay independent of
 * each other and of their order by taking councils and email addresses no other test uses
 * ({@link Councils#next()}, {@link Unique}).
 */
public final class TestPlatform implements AutoCloseable {

    /** How a member's contact signs in once they set their password. */
    public static final String PASSWORD = "a-long-enough-password-1";
    /** How soon the engagement figures follow the event that changes them (issue 11's contract). */
    public static final Duration ENGAGEMENT_FIGURES_WITHIN = Duration.ofSeconds(10);
    /** The local stack's ceiling for all its JVMs together (the performance target), beside which memory is printed. */
    private static final long STACK_TARGET_MB = 1200;

    private final LocalPlatform platform;
    private final ApiClient membership;
    private final ApiClient training;
    private final ApiClient notification;
    private final MailCatcherClient mail;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String adminToken;

    private TestPlatform(LocalPlatform platform) {
        this.platform = platform;
        this.membership = new ApiClient(platform.membershipUrl());
        this.training = new ApiClient(platform.trainingUrl());
        this.notification = new ApiClient(platform.notificationUrl());
        this.mail = new MailCatcherClient(platform.mailCatcherUrl());
    }

    /**
     * How many instances of each service the test JVM's platform runs: 1, or what the {@value #INSTANCES}
     * system property says (the scale-out and fault tests run in a JVM of their own with 2).
     */
    static final String INSTANCES = "svuk.e2e.instances";
    /** Set to {@code true} for the fault suite, which kills processes and should not wait minutes for leases. */
    static final String FAULTS = "svuk.e2e.faults";

    /** Starts the platform from the services' jars; {@link EndToEndTest} calls it once per JVM. */
    static TestPlatform start() {
        return start(false);
    }

    /**
     * Starts the platform from the services' jars, recording the class archives once it is up if
     * {@code recordClassArchives} (as {@code ./run-local.sh} does): a platform of the build's tests, started once
     * and thrown away, records none and maps those there are; the full benchmark records them, to measure a
     * start from them.
     */
    static TestPlatform start(boolean recordClassArchives) {
        Path repository = Settings.findRepositoryRoot(Path.of("")).orElseThrow(() -> new IllegalStateException(
                "Run from inside the repository: no folder with mvnw above " + Path.of("").toAbsolutePath()));
        for (String service : ServiceDefinitions.services(Settings.Ports.defaults(), repository).keySet()) {
            Path jar = repository.resolve(service).resolve("target").resolve(service + "-exec.jar");
            if (!Files.isRegularFile(jar)) {
                fail(jar + " is missing. Build the services and the portal first (the reactor does): ./mvnw -B "
                        + "verify -pl end-to-end -am -Dtest=<the test> -Dsurefire.failIfNoSpecifiedTests=false");
            }
        }
        try {
            // Surefire runs the tests in their module's folder: end-to-end, resilience or benchmarks.
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            int instances = Integer.getInteger(INSTANCES, 1);
            Settings settings = Settings.defaults(repository)
                    .withDataDirectory(Files.createTempDirectory(target, "e2e-"))
                    .withPorts(FreePorts.forPlatform())
                    .withInstances(instances)
                    .withClassArchivesRecorded(recordClassArchives);
            if (instances > 1 || Boolean.getBoolean(FAULTS)) {
                settings = settings.withOverrides(Map.of(
                        // Scale-out tests watch both instances run the reminder job at once: every few seconds.
                        "training-service", Map.of("svuk.training.reminder-check-interval", "5s"),
                        // Emails a killed dispatcher had claimed are due again after 15 s, not 5 minutes: a batch
                        // to the local mail catcher takes well under a second.
                        "notification-service", Map.of("svuk.notifications.delivery.lease", "15s")));
            }
            return startWith(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes this platform and starts it again on the same data folder and ports, as {@code ./run-local.sh} run a
     * second time does: a later start, from what the first one stored (and the class archives, if recorded).
     */
    TestPlatform restart() {
        close();
        return startWith(platform.settings());
    }

    private static TestPlatform startWith(Settings settings) {
        TestPlatform started = new TestPlatform(LocalPlatform.start(settings));
        // Should the tests be cut short before JUnit closes it, no service JVM outlives this one.
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-platform-shutdown"));
        return started;
    }

    /** Waits until the class archives the next start maps have been recorded (if it records them). */
    void awaitClassArchives() {
        platform.awaitClassArchives(Duration.ofMinutes(5));
    }

    public ApiClient membership() {
        return membership;
    }

    public ApiClient training() {
        return training;
    }

    public ApiClient notification() {
        return notification;
    }

    public MailCatcherClient mail() {
        return mail;
    }

    public String membershipUrl() {
        return platform.membershipUrl();
    }

    public String trainingUrl() {
        return platform.trainingUrl();
    }

    public String notificationUrl() {
        return platform.notificationUrl();
    }

    public String mailCatcherUrl() {
        return platform.mailCatcherUrl();
    }

    /** Where the mail catcher takes SMTP. */
    public int smtpPort() {
        return platform.settings().ports().smtp();
    }

    /** The store every service keeps its database in. */
    public String mongoUri() {
        return "mongodb://localhost:" + platform.settings().ports().mongo();
    }

    /** The Kafka broker. */
    public String kafkaBootstrapServers() {
        return "localhost:" + platform.settings().ports().kafka();
    }

    public String portalUrl() {
        return platform.portalUrl();
    }

    /**
     * Where each service (not the portal, which keeps no data) serves its metrics in Prometheus's text format, on
     * its management port, by service name.
     */
    public Map<String, String> prometheusUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        ServiceDefinitions.definitions(platform.settings()).forEach((name, definition) -> {
            if (!definition.module().equals("web-portal")) {
                urls.put(name, definition.healthUrl().replace("/actuator/health", "/actuator/prometheus"));
            }
        });
        return urls;
    }

    /** The repository the platform runs from. */
    Path repository() {
        return platform.settings().repositoryRoot();
    }

    /** This run's data folder, under the test module's {@code target}, with the services' logs. */
    Path dataDirectory() {
        return platform.settings().dataDirectory();
    }

    /** The local stack's first administrator's access token (it lasts an hour, longer than the suite). */
    public String adminToken() {
        if (adminToken == null) {
            adminToken = signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD);
        }
        return adminToken;
    }

    /** Signs in and returns the access token, failing the test if the credentials are refused. */
    public String signIn(String email, String password) {
        Response token = membership.post("/api/auth/token", Map.of("email", email, "password", password), null);
        assertThat(token.status()).as("signing in as %s: %s", email, token).isEqualTo(200);
        return token.text("/access_token");
    }

    /** A council's application, with its primary contact. */
    public record Applicant(String organisationId, OrganisationSummary council, String contactName, String email) {
    }

    /** A council whose membership was approved and whose primary contact has set a password and signed in. */
    public record Member(String organisationId, OrganisationSummary council, String contactName, String email,
            String token) {
    }

    /** Applies for a council no other test uses, with a contact of its own. */
    public Applicant applyForACouncil() {
        OrganisationSummary council = Councils.next();
        String name = "Officer of " + council.name();
        String email = Unique.email("officer", "council.example");
        Response applied = membership.post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", council.gssCode()),
                "contact", Map.of("name", name, "email", email, "jobTitle", "Procurement lead"),
                "membershipType", "LOCAL_AUTHORITY"), null);
        assertThat(applied.status()).as("applying for %s: %s", council.name(), applied).isEqualTo(201);
        return new Applicant(applied.text("/organisationId"), council, name, email);
    }

    /** Approves an application as SVUK staff. */
    public void approve(String organisationId) {
        Response approved = membership.post("/api/organisations/" + organisationId + "/approval", adminToken());
        assertThat(approved.status()).as("approving %s: %s", organisationId, approved).isEqualTo(200);
    }

    /** Adds a contact to the organisation, who follows their invitation email's link, sets a password and signs in. */
    public String contactSignedIn(String organisationId, String organisationToken, String email) {
        Response added = membership.post("/api/organisations/" + organisationId + "/contacts",
                Map.of("name", "Colleague " + email, "email", email), organisationToken);
        assertThat(added.status()).as("adding %s: %s", email, added).isEqualTo(201);
        var invitation = mail.awaitEmail(email, message -> message.linkParameter("set-password", "token")
                .isPresent());
        setPassword(invitation.linkParameter("set-password", "token").orElseThrow(), PASSWORD);
        return signIn(email, PASSWORD);
    }

    /** Sets the password with the token from the welcome email's link. */
    public void setPassword(String setupToken, String password) {
        Response set = membership.post("/api/account/password", Map.of("token", setupToken, "password", password),
                null);
        assertThat(set.status()).as("setting a password: %s", set).isEqualTo(204);
    }

    /**
     * A council that applied and was approved, whose primary contact followed the welcome email's link, set a
     * password and signed in; training-service knows it as a member by the time this returns.
     */
    public Member approvedCouncil() {
        Applicant applicant = applyForACouncil();
        approve(applicant.organisationId());
        var welcome = mail.awaitEmail(applicant.email(), email -> email.linkParameter("set-password", "token")
                .isPresent());
        setPassword(welcome.linkParameter("set-password", "token").orElseThrow(), PASSWORD);
        String token = signIn(applicant.email(), PASSWORD);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(training.get(
                "/api/member-organisations/" + applicant.organisationId(), adminToken()).text("/status"))
                .isEqualTo("ACTIVE"));
        return new Member(applicant.organisationId(), applicant.council(), applicant.contactName(), applicant.email(),
                token);
    }

    /** A session of the procurement course a month from now with this many seats, scheduled by SVUK staff. */
    public String scheduleSession(int seats) {
        // 10:00 UK time a month from now, so that the session's hours and dates on the pages the tests read are the
        // same whatever time of day the tests run.
        Instant tenAm = ZonedDateTime.now(UkTime.ZONE).plusDays(30).withHour(10)
                .truncatedTo(ChronoUnit.HOURS).toInstant();
        return TrainingSessions.schedule(training, adminToken(), seats, Duration.between(Instant.now(), tenAm), null);
    }

    /** SVUK staff book a place on the session for an organisation, as the API lets them; returns the booking's id. */
    public String bookFor(String organisationId, String sessionId, String attendeeEmail) {
        Response booked = training.post("/api/sessions/" + sessionId + "/bookings", Map.of(
                "organisationId", organisationId,
                "attendees", List.of(Map.of("name", "Attendee " + Unique.suffix(), "email", attendeeEmail))),
                adminToken());
        assertThat(booked.status()).as("booking for %s: %s", organisationId, booked).isEqualTo(201);
        return booked.text("/id");
    }

    /**
     * A new regional working group of the region, and a meeting of it online a month from now with this title,
     * its invitations not issued yet; returns the meeting's id.
     */
    public String scheduleMeeting(String region, String title) {
        Response group = membership.post("/api/working-groups", Map.of(
                "name", region + " councils " + Unique.suffix(), "kind", "REGIONAL", "region", region), adminToken());
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Response meeting = membership.post("/api/working-groups/" + group.text("/id") + "/meetings",
                Map.of("title", title, "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(Duration.ofHours(2)).toString(),
                        "onlineUrl", "https://meet.example/" + Unique.suffix()), adminToken());
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        return meeting.text("/id");
    }

    /** SVUK staff issue the meeting's invitations to the current members of its group. */
    public void issueInvitations(String meetingId) {
        Response issued = membership.post("/api/meetings/" + meetingId + "/invitations", adminToken());
        assertThat(issued.status()).as("issuing the invitations: %s", issued).isEqualTo(200);
    }

    /** The platform itself, for the fault suite to break. */
    LocalPlatform platform() {
        return platform;
    }

    /** How many instances of each service run. */
    int instances() {
        return platform.settings().instances();
    }

    /** A client of instance {@code instance} (from 1) of a service: each listens on a port of its own. */
    ApiClient instance(String service, int instance) {
        return ApiClient.onPort(port(service, instance));
    }

    /** The management port of instance {@code instance} of a service, where its metrics are scraped. */
    int managementPort(String service, int instance) {
        return Settings.Ports.management(port(service, instance));
    }

    private int port(String service, int instance) {
        Settings.Ports ports = platform.settings().ports();
        int first = switch (service) {
            case "membership-service" -> ports.membership();
            case "training-service" -> ports.training();
            case "notification-service" -> ports.notification();
            default -> throw new IllegalArgumentException("Not a service: " + service);
        };
        return Settings.Ports.ofInstance(first, instance);
    }

    /** Stops the platform once, whether JUnit or the shutdown hook asks first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            printResidentMemory();
        } finally {
            platform.close();
        }
    }

    /**
     * Each JVM's resident memory after the tests (from /proc, where there is one), beside the local stack's
     * target: a figure to read, not a test, for it depends on the machine and on what the tests did.
     */
    private void printResidentMemory() {
        StringBuilder line = new StringBuilder("Resident memory of the platform's JVMs after the tests:");
        long total = 0;
        for (var process : platform.processIds().entrySet()) {
            long megabytes = ResidentMemory.ofProcess(process.getValue()) / 1024;
            total += megabytes;
            line.append(' ').append(process.getKey()).append(' ').append(megabytes).append(" MB,");
        }
        line.append(" together ").append(total).append(" MB (the local stack's target: under ")
                .append(STACK_TARGET_MB).append(" MB)");
        System.out.println(line);
    }
}
