package uk.socialvalue.local;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How the launcher starts a service's jar quickly ({@link UnpackedJar}), on a copy of the web portal's executable
 * jar (the one deployable that starts without Kafka or MongoDB): unpacked once however many threads of a launcher
 * start it at once, its class archive recorded by one JVM and published only when that JVM stops cleanly, and
 * mapped by the JVMs started after it. Launchers in other JVMs are kept out by a file lock, which is not
 * exercised here. Here rather than in local-platform, which builds before any deployable's jar exists.
 */
class UnpackedJarTests {

    private static final Pattern STARTED = Pattern.compile("Started PortalApplication in ([0-9.]+) seconds");

    @TempDir
    Path repository;
    private Path jar;

    @BeforeEach
    void copyThePortalsJar() throws IOException {
        Path built = Settings.findRepositoryRoot(Path.of("")).orElseThrow()
                .resolve("web-portal").resolve("target").resolve("web-portal-exec.jar");
        jar = Files.createDirectories(repository.resolve("web-portal").resolve("target"))
                .resolve("web-portal-exec.jar");
        Files.copy(built, jar);
    }

    @Test
    void unpacksTheJarOnceWhenSeveralStartItAtOnceAndAgainWhenItIsRebuilt() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(4);
        CountDownLatch ready = new CountDownLatch(4);
        List<Future<UnpackedJar>> unpacked;
        try {
            unpacked = Stream.generate(() -> starters.submit(() -> {
                ready.countDown();
                ready.await();
                return UnpackedJar.of(jar);
            })).limit(4).toList();
            for (Future<UnpackedJar> each : unpacked) {
                assertThat(each.get().folder()).isEqualTo(unpacked.get(0).get().folder());
            }
        } finally {
            starters.shutdownNow();
        }
        Path folder = unpacked.get(0).get().folder();
        assertThat(folder.resolve("web-portal-exec.jar")).isRegularFile();
        try (Stream<Path> libraries = Files.list(folder.resolve("lib"))) {
            assertThat(libraries.filter(path -> path.toString().endsWith(".jar")).count()).isGreaterThan(20);
        }
        assertThat(folders(folder.getParent())).containsExactly(folder);

        // A rebuild: a jar of another time gets a folder of its own, and the old one goes.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path rebuilt = UnpackedJar.of(jar).folder();

        assertThat(rebuilt).isNotEqualTo(folder);
        assertThat(folders(folder.getParent())).containsExactly(rebuilt);
    }

    @Test
    void recordsTheClassArchiveOnACleanStopAndTheNextStartMapsIt() throws IOException {
        UnpackedJar unpacked = UnpackedJar.of(jar);
        Settings settings = settings();
        HttpClient http = HttpClient.newHttpClient();

        double recordingStart;
        try (ServiceProcess recorder = start(settings)) {
            assertThat(recorder.recordingClassArchive()).isTrue();
            // Another JVM of the same jar meanwhile runs without recording: one archive, one writer.
            UnpackedJar.Launch meanwhile = unpacked.launch();
            assertThat(meanwhile.recording()).isFalse();
            assertThat(meanwhile.jvmArguments()).noneMatch(option -> option.startsWith("-XX:"));
            meanwhile.finished(0);

            recorder.awaitHealthy(http, Instant.now().plus(Duration.ofMinutes(2)));
            recordingStart = secondsToStart(recorder);
            assertThat(unpacked.hasArchive()).as("archive before the recording JVM has stopped").isFalse();
        }
        assertThat(unpacked.hasArchive()).isTrue();
        assertThat(partFiles(unpacked)).isEmpty();

        try (ServiceProcess mapping = start(settings)) {
            assertThat(mapping.recordingClassArchive()).isFalse();
            mapping.awaitHealthy(http, Instant.now().plus(Duration.ofMinutes(2)));
            assertThat(mappedFiles(mapping.process().pid()))
                    .as("files the JVM has mapped")
                    .contains(unpacked.folder().resolve("classes.jsa").toString());
            System.out.printf("web portal started in %.2f s recording its class archive, %.2f s from it%n",
                    recordingStart, secondsToStart(mapping));
        }
    }

    @Test
    void aRecordingJvmKilledOutrightPublishesNothingAndTheNextStartRecordsAgain() throws IOException {
        UnpackedJar unpacked = UnpackedJar.of(jar);
        Settings settings = settings();

        try (ServiceProcess killed = start(settings)) {
            assertThat(killed.recordingClassArchive()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> secondsToStart(killed) > 0);
            killed.process().kill();
        }

        assertThat(unpacked.hasArchive()).isFalse();
        assertThat(partFiles(unpacked)).isEmpty();
        UnpackedJar.Launch next = unpacked.launch();
        assertThat(next.recording()).isTrue();
        next.finished(-1);
    }

    private Settings settings() {
        int port = FreePorts.forService();
        return Settings.defaults(repository).withDataDirectory(repository.resolve("data"))
                .withPorts(new Settings.Ports(0, 0, 0, 0, 0, 0, 0, 0, port));
    }

    /** The portal as the launcher runs it, with the other services' addresses pointing nowhere. */
    private static ServiceProcess start(Settings settings) {
        int port = settings.ports().portal();
        return ServiceProcess.start(new ServiceProcess.Definition("web-portal", "web-portal", port, port,
                ServiceDefinitions.PORTAL_JVM, List.of("--server.port=" + port), "the portal"), settings);
    }

    private static double secondsToStart(ServiceProcess service) {
        Matcher started = STARTED.matcher(service.process().logTail(200));
        return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
    }

    private static List<Path> folders(Path launch) throws IOException {
        try (Stream<Path> children = Files.list(launch)) {
            return children.filter(Files::isDirectory).toList();
        }
    }

    private static List<Path> partFiles(UnpackedJar unpacked) throws IOException {
        try (Stream<Path> files = Files.list(unpacked.folder())) {
            return files.filter(path -> path.toString().endsWith(".part")).toList();
        }
    }

    private static String mappedFiles(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "maps"));
        } catch (IOException e) {
            throw new IllegalStateException("Linux's /proc is needed to see what a JVM maps", e);
        }
    }
}
