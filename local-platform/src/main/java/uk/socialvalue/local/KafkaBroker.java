package uk.socialvalue.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real single-node Kafka 4.1 broker in KRaft mode (broker and controller in one process), run from
 * the kafka_2.13 jars already on the launcher's classpath, so nothing has to be downloaded or
 * installed. It runs as a child process, like in production, and keeps its log segments under
 * {@code <data>/kafka} so topics and committed offsets survive a restart.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(30);
    /**
     * One partition-light broker for a laptop: a small heap (Kafka keeps its data in the page cache, not the
     * heap), the serial collector, C1 only and lean metaspace and stacks.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    private final ChildProcess process;
    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats the storage on the first run only (formatting a used directory would be refused and
     * would lose the cluster id), then starts the broker, with its class archive if given ({@link #classArchive}):
     * mapping it if it has been recorded, else, if {@code listClasses}, listing the classes the broker loads, to
     * record it. Does not wait for the broker: see {@link #awaitReady}.
     */
    static KafkaBroker start(Path dataDirectory, Path logFile, int port, int controllerPort,
            Optional<ClassArchive> archive, boolean listClasses) {
        Path storage = dataDirectory.resolve("kafka");
        Path configFile = dataDirectory.resolve("kafka-server.properties");
        try {
            Files.createDirectories(storage);
            writeConfig(configFile, storage, port, controllerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Kafka's data folder " + storage, e);
        }
        List<String> classes = classes();
        if (!Files.exists(storage.resolve("meta.properties"))) {
            format(classes, archive.map(mapped -> mapped.jvmOptions(false)).orElse(List.of()), configFile,
                    dataDirectory, logFile);
        }
        List<String> command = new ArrayList<>(JVM_OPTIONS);
        archive.ifPresent(present -> command.addAll(present.jvmOptions(listClasses)));
        // The launcher's simplelogger.properties is in a folder of classes, not on the broker's class path.
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        command.addAll(classes);
        command.addAll(List.of("kafka.Kafka", configFile.toString()));
        ChildProcess broker = ChildProcess.startJava("kafka", command, dataDirectory, logFile, STOP_GRACE_PERIOD);
        return new KafkaBroker(broker, port);
    }

    /**
     * The class archive of the broker's JVM, in a folder under {@code launchFolder} named after its class path and
     * the JDK: another set of jars or another JDK has a folder, and an archive, of its own.
     */
    static ClassArchive classArchive(Path launchFolder) {
        List<String> classes = classes();
        Path folder = launchFolder.resolve("kafka-" + ClassArchive.folderName(String.join(" ", classes)));
        try {
            return new ClassArchive(Files.createDirectories(folder), classes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + folder, e);
        }
    }

    /** Starts a JVM that dumps the broker's class archive from the classes a broker has listed, if it has none. */
    static Optional<ClassArchive.Recording> recordClassArchive(ClassArchive archive, Path logFile) {
        return archive.record("kafka", JVM_OPTIONS, logFile);
    }

    private static void format(List<String> classes, List<String> archive, Path configFile, Path workingDirectory,
            Path logFile) {
        // A standalone controller forms a dynamic KRaft quorum of one: the Kafka 4 way to run one node.
        String clusterId = uuidToKafkaId(UUID.randomUUID());
        Path formatLog = logFile.resolveSibling("kafka-format.log");
        List<String> command = new ArrayList<>(archive);
        command.addAll(classes);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                // "=": a random id may start with "-", which as a separate argument reads as an option
                "--cluster-id=" + clusterId, "-c", configFile.toString()));
        ChildProcess format = ChildProcess.startJava("kafka-storage-format", command, workingDirectory, formatLog,
                Duration.ofSeconds(5));
        try (format) {
            if (!format.process().waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Formatting Kafka's storage took over 60 s; see " + formatLog);
            }
            if (format.process().exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka's storage failed; last lines of " + formatLog + ":"
                        + System.lineSeparator() + format.logTail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka's storage", e);
        }
    }

    /**
     * The launcher's own classpath holds the Kafka jars: its jars, made absolute because the broker runs in the
     * data folder, where the relative entries run-local.sh passes would point nowhere. Its folders of classes
     * (the launcher's own) are left out: the broker needs none of them, and a class archive takes jars only.
     */
    private static List<String> classes() {
        return List.of("-cp", Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath())
                .filter(Files::isRegularFile)
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
    }

    /** Kafka cluster ids are 16 random bytes in URL-safe base64 without padding (22 characters). */
    private static String uuidToKafkaId(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static void writeConfig(Path configFile, Path storage, int port, int controllerPort) throws IOException {
        Properties config = new Properties();
        config.setProperty("process.roles", "broker,controller");
        config.setProperty("node.id", "1");
        config.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        config.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.setProperty("controller.listener.names", "CONTROLLER");
        config.setProperty("inter.broker.listener.name", "PLAINTEXT");
        config.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.setProperty("log.dirs", storage.toString());
        // As on a managed cluster: the services declare every topic they use (and its dead-letter topics).
        config.setProperty("auto.create.topics.enable", "false");
        config.setProperty("num.partitions", "3");
        // One node: internal topics cannot have more than one replica.
        config.setProperty("offsets.topic.replication.factor", "1");
        config.setProperty("transaction.state.log.replication.factor", "1");
        config.setProperty("transaction.state.log.min.isr", "1");
        config.setProperty("share.coordinator.state.topic.replication.factor", "1");
        config.setProperty("share.coordinator.state.topic.min.isr", "1");
        // The log cleaner (compacted topics) takes a 128 MB dedupe buffer by default, most of a laptop-sized heap.
        config.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        // Consumers of a fresh stack should not wait three seconds for a group that will never grow.
        config.setProperty("group.initial.rebalance.delay.ms", "0");
        try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            config.store(out, "Written by the SVUK local platform on each start; edits are overwritten");
        }
    }

    /** Waits until the broker accepts connections on its client port, failing fast if it died. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            process.checkAlive();
            if (Polling.acceptsConnections(port)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Kafka did not accept connections on port " + port + " within "
                        + timeout.toSeconds() + " s; last lines of " + process.logFile() + ":"
                        + System.lineSeparator() + process.logTail(40));
            }
            Polling.pause(Duration.ofMillis(200));
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
