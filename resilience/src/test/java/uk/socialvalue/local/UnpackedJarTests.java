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

/**
 * How the launcher starts a service's jar quickly ({@link UnpackedJar}), on a copy of the web portal's executable
 * jar (the one deployable that starts without Kafka or MongoDB): unpacked once however many threads of a launcher
 * start it at once, and its class archive dumped from the classes a JVM of it loaded, by one JVM at a time,
 * published only when that JVM ends cleanly, and mapped by the JVMs started after it. Launchers in other JVMs are
 * kept out by a file lock, which is not exercised here. Here rather than in local-platform, which builds before
 * any deployable's jar exists.
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
    void dumpsTheClassArchiveFromWhatARunningJvmLoadedAndTheNextStartMapsIt() throws Exception {
        UnpackedJar unpacked = UnpackedJar.of(jar);
        Settings settings = settings();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(ServiceProcess.recordClassArchive(definition(settings), settings))
                .as("a dump before any JVM has listed its classes").isEmpty();

        double withoutArchive;
        try (ServiceProcess first = start(settings)) {
            first.awaitHealthy(http, Instant.now().plus(Duration.ofMinutes(2)));
            withoutArchive = secondsToStart(first);
            assertThat(mappedFiles(first.process().pid())).doesNotContain(unpacked.folder().toString());
            assertThat(classLists(unpacked)).singleElement().satisfies(list -> assertThat(Files.readString(list))
                    .as("the classes the running portal has loaded, its web server's among them")
                    .contains("uk/socialvalue/portal/PortalApplication", "org/apache/catalina/connector/Connector"));

            try (ClassArchive.Recording recording = ServiceProcess.recordClassArchive(definition(settings), settings)
                    .orElseThrow()) {
                // One dump at a time: a second asks for none while the first is dumping.
                assertThat(ServiceProcess.recordClassArchive(definition(settings), settings)).isEmpty();
                assertThat(unpacked.hasArchive()).as("archive before the dump has ended").isFalse();

                assertThat(recording.await(Duration.ofMinutes(2))).as(recording::logTail).isTrue();
            }
            assertThat(first.process().isAlive()).isTrue();
        }
        assertThat(unpacked.hasArchive()).isTrue();
        assertThat(partFiles(unpacked)).isEmpty();
        assertThat(classLists(unpacked)).as("lists once the archive holds them").isEmpty();
        assertThat(ServiceProcess.recordClassArchive(definition(settings), settings)).as("recorded already").isEmpty();

        try (ServiceProcess mapping = start(settings)) {
            mapping.awaitHealthy(http, Instant.now().plus(Duration.ofMinutes(2)));
            assertThat(mappedFiles(mapping.process().pid()))
                    .as("files the JVM has mapped")
                    .contains(unpacked.folder().resolve("classes.jsa").toString());
            assertThat(classLists(unpacked)).as("a JVM that maps the archive lists nothing").isEmpty();
            System.out.printf("web portal started in %.2f s without a class archive, %.2f s from it%n",
                    withoutArchive, secondsToStart(mapping));
        }
    }

    @Test
    void aDumpThatFailsOrIsStoppedPublishesNothingAndTheNextOneRecords() throws Exception {
        UnpackedJar unpacked = UnpackedJar.of(jar);
        Settings settings = settings();
        Path list = unpacked.folder().resolve("loaded-classes-1-1.txt");
        // A line the JVM cannot read fails the dump, with an exit code other than 0.
        Files.writeString(list, "java/lang/Object\n@lambda-proxy java/lang/Object\njava/lang/String\n");

        try (ClassArchive.Recording failed = ServiceProcess.recordClassArchive(definition(settings), settings)
                .orElseThrow()) {
            assertThat(failed.await(Duration.ofMinutes(2))).isFalse();
            assertThat(failed.logTail()).contains("too few items");
        }
        assertThat(unpacked.hasArchive()).isFalse();
        assertThat(partFiles(unpacked)).isEmpty();
        assertThat(classLists(unpacked)).as("the list, for the next dump").containsExactly(list);

        // A list as a running JVM may leave it, half-way through its last line: the same line, cut short.
        Files.writeString(list, "java/lang/Object\njava/lang/String\n@lambda-proxy java/lang/Object");

        // Stopped, as when the stack stops during a dump.
        ServiceProcess.recordClassArchive(definition(settings), settings).orElseThrow().close();
        assertThat(unpacked.hasArchive()).isFalse();
        assertThat(partFiles(unpacked)).isEmpty();

        // The next dump takes the lock again, and records from the list's whole lines.
        try (ClassArchive.Recording next = ServiceProcess.recordClassArchive(definition(settings), settings)
                .orElseThrow()) {
            assertThat(next.await(Duration.ofMinutes(2))).as(next::logTail).isTrue();
        }
        assertThat(unpacked.hasArchive()).isTrue();
    }

    private Settings settings() {
        int port = FreePorts.forService();
        return Settings.defaults(repository).withDataDirectory(repository.resolve("data"))
                .withPorts(new Settings.Ports(0, 0, 0, 0, 0, 0, 0, 0, port));
    }

    /** The portal as the launcher runs it, with the other services' addresses pointing nowhere. */
    private static ServiceProcess start(Settings settings) {
        return ServiceProcess.start(definition(settings), settings);
    }

    private static ServiceProcess.Definition definition(Settings settings) {
        int port = settings.ports().portal();
        return new ServiceProcess.Definition("web-portal", "web-portal", port, port, ServiceDefinitions.PORTAL_JVM,
                List.of("--server.port=" + port), "the portal");
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

    private static List<Path> classLists(UnpackedJar unpacked) throws IOException {
        try (Stream<Path> files = Files.list(unpacked.folder())) {
            return files.filter(path -> path.getFileName().toString().startsWith("loaded-classes-")).toList();
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
