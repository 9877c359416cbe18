package uk.socialvalue.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.TrainingSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13's benchmark: the whole local stack as {@code ./run-local.sh} runs it (Kafka, the store, the mail
 * catcher and each service in its own JVM), loaded over HTTP, each figure measured beside the raw ceiling it is
 * bounded by, in the same run, on the same machine: an authenticated read for bookings, the SMTP sink for email.
 * After each load it checks that no session was oversold and no email lost or sent twice.
 * <p>
 * {@code -Dbenchmark=smoke} (the default, part of {@code ./mvnw verify}) runs every scenario for a few seconds
 * to show it works and writes its figures under {@code target/}; {@code -Dbenchmark=full} runs them at the
 * sizes of the issue and writes {@code benchmarks/REPORT.md} and {@code benchmarks/report.json}.
 * <p>
 * The load generator is a closed loop of Java HTTP clients in this JVM, which also hosts the store and the mail
 * catcher (as the launcher of the local stack does): the generator takes CPU from the stack it measures, which
 * is why each figure is read beside a ceiling measured the same way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceSuiteTests {

    private static final boolean FULL = "full".equals(System.getProperty("benchmark"));
    private static final Duration LOAD = FULL ? Duration.ofSeconds(20) : Duration.ofSeconds(3);
    private static final int CLIENTS = 32;
    private static final int MAX_CAPACITY = 10_000;

    private static TestPlatform platform;
    private static Duration startUp;
    private static Report report;
    private static String admin;
    private static TestPlatform.Member member;
    private static String courseId;
    private static String aBooking;
    private static double readCeiling;

    @BeforeAll
    static void startThePlatform() {
        Instant started = Instant.now();
        platform = TestPlatform.start();
        startUp = Duration.between(started, Instant.now());
        report = new Report(FULL);
        admin = platform.adminToken();
        member = platform.approvedCouncil();
        courseId = TrainingSessions.courseId(platform.training(), TrainingSessions.COURSE_CODE);
    }

    @AfterAll
    static void writeTheReport() throws Exception {
        if (platform != null) {
            Path folder = Path.of(System.getProperty("benchmark.report", "."));
            report.write(FULL ? folder : Files.createDirectories(folder.resolve("target")));
            platform.close();
        }
    }

    @Test
    @Order(1)
    void measuresTheFootprintOfTheStack() {
        Map<String, Long> resident = new LinkedHashMap<>();
        long total = 0;
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            String command = commandLine(child.pid());
            String name = command.contains("kafka.Kafka") ? "kafka"
                    : command.replaceAll(".*/([a-z-]+)-exec\\.jar.*", "$1");
            if (name.equals(command)) {
                continue;
            }
            long mb = residentMegabytes(child.pid());
            resident.put(name, mb);
            total += mb;
        }
        long launcher = residentMegabytes(ProcessHandle.current().pid());
        report.note("Start-up: all services healthy " + startUp.toMillis() / 1000.0 + " s after the launch "
                + "(target < 20 s). Resident memory (MB): " + resident + "; this JVM (store, mail catcher and the "
                + "load generator, so an overstatement of the launcher's share): " + launcher + ".");
        report.add("footprint.startup", "local stack healthy after launch", startUp.toMillis() / 1000.0, "s",
                20.0, "target 20 s", "< 20 s", startUp.toMillis() < 20_000);
        report.add("footprint.resident", "resident memory, Kafka and the three services", total, "MB", 1200.0,
                "target 1,200 MB for the whole stack", "< 1,200 MB with the launcher", total + launcher < 1200);
        assertThat(resident).containsKeys("kafka", "membership-service", "training-service", "notification-service");
    }

    @Test
    @Order(2)
    void measuresTheAuthenticatedReadCeiling() throws Exception {
        String session = schedule(MAX_CAPACITY);
        aBooking = platform.training().post("/api/sessions/" + session + "/bookings", booking("reader"),
                member.token()).text("/id");
        ApiClient training = platform.training();
        Load.Result reads = Load.run(CLIENTS, LOAD, Long.MAX_VALUE,
                i -> training.get("/api/bookings/" + aBooking, member.token()).status() == 200);
        readCeiling = reads.rate();
        Load.Result health = Load.run(CLIENTS, LOAD.dividedBy(2), Long.MAX_VALUE,
                i -> training.get("/actuator/health", null).status() == 200);
        report.ceiling("ceiling.read", "authenticated read of a booking (GET /api/bookings/{id})", reads);
        report.ceiling("ceiling.health", "unauthenticated /actuator/health", health);
        assertThat(reads.accepted()).isPositive();
    }

    @Test
    @Order(3)
    void booksOneHotSessionWithoutOverselling() throws Exception {
        int capacity = FULL ? MAX_CAPACITY : 200;
        String session = schedule(capacity);
        AtomicInteger confirmed = new AtomicInteger();
        ApiClient training = platform.training();
        Load.Result bookings = Load.run(CLIENTS, LOAD, Long.MAX_VALUE, i -> {
            var response = training.post("/api/sessions/" + session + "/bookings", booking("hot" + i),
                    member.token());
            if (response.status() == 201 && "CONFIRMED".equals(response.text("/status"))) {
                confirmed.incrementAndGet();
            }
            return response.status() == 201;
        });
        report.figure("booking.hot", "one hot session: accepted bookings (confirmed + wait-listed)", bookings,
                readCeiling, 0.5, 1000);
        double early = bookings.rateBetween(100, 600);
        double late = bookings.rateBetween(5000, 5500);
        if (!Double.isNaN(late)) {
            report.add("booking.growth", "rate at 5,000 bookings on one session vs at 100", late, "req/s", early,
                    "rate at 100 bookings (" + Report.round(early) + " req/s)", ">= 0.8", late / early >= 0.8);
        }
        var stored = training.get("/api/sessions/" + session, null).json();
        int seatsTaken = capacity - stored.get("seatsLeft").asInt();
        report.check("booking.hot.oversold", "hot session oversold (confirmed answers over capacity "
                + capacity + ")", Math.max(0, confirmed.get() - capacity) + Math.max(0, seatsTaken - capacity));
        assertThat(confirmed.get()).isLessThanOrEqualTo(capacity);
        assertThat(seatsTaken).isLessThanOrEqualTo(capacity).isEqualTo(confirmed.get());
    }

    @Test
    @Order(4)
    void booksFortySessionsWithoutOverselling() throws Exception {
        int capacity = FULL ? 2_000 : 20;
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sessions.add(schedule(capacity));
        }
        ApiClient training = platform.training();
        Load.Result bookings = Load.run(CLIENTS, LOAD, Long.MAX_VALUE, i -> training.post("/api/sessions/"
                + sessions.get((int) (i % sessions.size())) + "/bookings", booking("forty" + i), member.token())
                .status() == 201);
        report.figure("booking.forty", "40 sessions: accepted bookings", bookings, readCeiling, 0.7, 0);
        int oversold = 0;
        for (String session : sessions) {
            oversold += Math.max(0, -training.get("/api/sessions/" + session, null).json().get("seatsLeft").asInt());
        }
        report.check("booking.forty.oversold", "40 sessions oversold", oversold);
        assertThat(oversold).isZero();
    }

    @Test
    @Order(5)
    void drainsTheEmailBacklogBesideTheRawSmtpRate() throws Exception {
        long expected = emailsExpected();
        Instant start = Instant.now();
        long before = mailTotal();
        await().atMost(Duration.ofMinutes(FULL ? 20 : 2)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailTotal() >= expected);
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        long drained = mailTotal() - before;
        double raw = rawSmtpRate(FULL ? 5_000 : 500);
        report.add("email.drain", "email backlog drained after the booking loads (" + drained + " emails)",
                drained / seconds, "emails/s", raw, "raw SMTP to the same catcher over one connection ("
                        + Report.round(raw) + "/s)", ">= 0.5", drained / seconds / raw >= 0.5);
        Thread.sleep(2_000); // anything sent twice would arrive by now
        long all = emailsExpected();
        report.check("email.lost", "emails lost (expected " + all + ")", Math.max(0, all - mailTotal()));
        report.check("email.duplicated", "emails sent twice", Math.max(0, mailTotal() - all));
        assertThat(mailTotal()).isEqualTo(all);
    }

    @Test
    @Order(6)
    void deliversABookingsEmailSoonOnAQuietSystem() throws Exception {
        String session = schedule(MAX_CAPACITY);
        int count = FULL ? 200 : 20;
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long total = mailTotal();
            long sent = System.nanoTime();
            var response = platform.training().post("/api/sessions/" + session + "/bookings", booking("quiet" + i),
                    member.token());
            assertThat(response.status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                    .until(() -> mailTotal() >= total + 2);
            latencies.add(System.nanoTime() - sent);
        }
        var result = new Load.Result(count, 0, 1, latencies.stream().mapToLong(Long::longValue).toArray(),
                new long[0]);
        report.add("email.latency", "booking accepted -> both its emails accepted by the SMTP catcher, p99 over "
                + count + " bookings, quiet system", result.percentileMillis(99), "ms", 500.0, "target 500 ms",
                "< 500 ms", result.percentileMillis(99) < 500);
        report.note("Event to inbox: p50 " + Report.round(result.percentileMillis(50)) + " ms, p99 "
                + Report.round(result.percentileMillis(99)) + " ms, max " + Report.round(result.percentileMillis(100))
                + " ms.");
    }

    @Test
    @Order(7)
    void listsSessionsAsFastAtTenThousandAsAtAHundred() throws Exception {
        int small = 100;
        int large = FULL ? 10_000 : 300;
        String month = "2031-0" + (FULL ? 5 : 3);
        scheduleMany(small, month);
        Load.Result atSmall = listing(month);
        scheduleMany(large - small, month);
        Load.Result atLarge = listing(month);
        report.add("lists.sessions", "GET /api/sessions (first page of 100) p99 with " + large + " sessions vs "
                + small, atLarge.percentileMillis(99), "ms", 2 * atSmall.percentileMillis(99),
                "2 x p99 with " + small + " (" + Report.round(atSmall.percentileMillis(99)) + " ms)", "<= 1.0",
                atLarge.percentileMillis(99) <= 2 * atSmall.percentileMillis(99));
    }

    private Load.Result listing(String month) throws Exception {
        ApiClient training = platform.training();
        return Load.run(4, Duration.ofSeconds(30), 200,
                i -> training.get("/api/sessions?month=" + month + "&size=100", null).status() == 200);
    }

    private void scheduleMany(int count, String month) throws Exception {
        ApiClient training = platform.training();
        Load.run(8, Duration.ofMinutes(10), count, i -> {
            Instant startsAt = Instant.parse(month + "-01T09:00:00Z").plus(Duration.ofMinutes(i % 40_000));
            return training.post("/api/sessions", sessionRequest(startsAt, 10), admin).status() == 201;
        });
    }

    /** Emails sent besides those of the member's bookings: the raw SMTP messages of the ceiling. */
    private static long otherEmails;

    /**
     * Every email the catcher should hold: the member council's application and welcome emails, two for each
     * confirmed booking (its contact and its attendee), one for each wait-listed one (its contact), and the raw
     * messages of the SMTP ceiling.
     */
    private static long emailsExpected() {
        return 2 + bookingEmails() + otherEmails;
    }

    private static long bookingEmails() {
        long emails = 0;
        ApiClient training = platform.training();
        for (int page = 0; ; page++) {
            var bookings = training.get("/api/bookings?organisationId=" + member.organisationId() + "&page=" + page
                    + "&size=100", member.token()).json();
            for (var booking : bookings) {
                emails += "CONFIRMED".equals(booking.get("status").asString()) ? 2 : 1;
            }
            if (bookings.size() < 100) {
                return emails;
            }
        }
    }

    private static long mailTotal() {
        return platform.mail().total();
    }

    private static double rawSmtpRate(int messages) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(platform.smtpPort()));
        Session session = Session.getInstance(properties);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < messages; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("benchmark@svuk.test"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("raw" + i + "@svuk.test"));
                message.setSubject("Raw SMTP " + i);
                message.setText("A message of about the size of a booking confirmation's text part.\n".repeat(40));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        otherEmails += messages;
        return messages / ((System.nanoTime() - start) / 1e9);
    }

    private static String schedule(int capacity) {
        var response = platform.training().post("/api/sessions",
                sessionRequest(Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES), capacity),
                admin);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("/id");
    }

    private static Map<String, Object> sessionRequest(Instant startsAt, int capacity) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("courseId", courseId);
        request.put("startsAt", startsAt.toString());
        request.put("endsAt", startsAt.plus(Duration.ofHours(6)).toString());
        request.put("format", "IN_PERSON");
        request.put("venue", "Salford Civic Centre");
        request.put("capacity", capacity);
        request.put("memberPrice", "250.00");
        request.put("nonMemberPrice", "400.00");
        return request;
    }

    private static Map<String, Object> booking(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example";
        return Map.of("attendees", List.of(Map.of("name", "Attendee " + name, "email", email)));
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (Exception e) {
            return "";
        }
    }

    private static long residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
