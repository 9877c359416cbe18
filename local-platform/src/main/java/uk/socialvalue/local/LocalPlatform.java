package uk.socialvalue.local;

import uk.socialvalue.local.mail.MailCatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the whole SVUK platform on one machine: a Kafka broker, the MongoDB store, the mail catcher,
 * the three services (each once, or {@code --instances N} times) and the web portal, each in its own JVM as in
 * production, set up as {@link ServiceDefinitions} says. This class is the command line and the lifecycle:
 * everything it starts, it stops, on Ctrl-C or SIGTERM, when {@link #close()} is called, and when start-up
 * fails half-way; a service process that dies meanwhile is started again ({@link SupervisedService}). The fault
 * suite breaks it through the few methods at the end: killing a process, Kafka, the SMTP server, the store.
 */
public final class LocalPlatform implements AutoCloseable {

    private final Settings settings;
    private final Instant startedAt = Instant.now();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object lock = new Object();
    private final List<SupervisedService> services = new ArrayList<>();
    private boolean closed;
    private KafkaBroker kafka;
    private MongoStore mongo;
    private MailCatcher mailCatcher;
    private RunFolder runFolder;
    /** The JVM dumping a class archive now, if any: stopped if the platform stops first. */
    private ClassArchive.Recording recording;
    private final CompletableFuture<Void> classArchivesRecorded = new CompletableFuture<>();

    /** The broker's class archive, when the launcher records class archives (see {@link #recordClassArchives}). */
    private final Optional<ClassArchive> kafkaArchive;

    private LocalPlatform(Settings settings) {
        this.settings = settings;
        this.kafkaArchive = settings.recordClassArchives() ? Optional.of(KafkaBroker.classArchive(
                settings.repositoryRoot().resolve("local-platform").resolve("target").resolve("launch")))
                : Optional.empty();
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(Settings.usage());
            return;
        }
        Path repositoryRoot = locateRepositoryRoot().orElseThrow(() -> new IllegalStateException(
                "Could not find the repository (a folder with mvnw and local-platform/): run from inside it"));
        Settings settings;
        try {
            settings = Settings.fromCommandLine(args, System.getenv(), repositoryRoot);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalPlatform platform = new LocalPlatform(settings);
        // Registered before anything starts, so Ctrl-C during start-up also stops what is already up.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "local-platform-shutdown"));
        try {
            platform.startEverything();
        } catch (RuntimeException e) {
            if (platform.isClosed()) {
                return; // Ctrl-C during start-up: the shutdown hook is already stopping everything.
            }
            System.err.println();
            System.err.println("The local platform could not start: " + e.getMessage());
            platform.close();
            System.exit(1);
        }
        say("Press Ctrl-C to stop everything.");
        platform.awaitStopped();
    }

    /** Starts everything and returns once every service and the portal report UP; closing the handle stops it all. */
    static LocalPlatform start(Settings settings) {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startEverything();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startEverything() {
        Settings.Ports ports = settings.ports();
        Map<String, ServiceProcess.Definition> definitions = ServiceDefinitions.definitions(settings);
        checkJarsExist(definitions.values());
        RunFolder run = track(() -> RunFolder.claim(settings.dataDirectory()));
        run.stopLeftovers().forEach(leftover ->
                say("Stopped " + leftover + ", left running by a launcher that was killed"));
        checkPortsFree(definitions.values());
        createDirectories();
        say("Starting the SVUK platform; data in " + settings.dataDirectory());

        // Kafka's JVM boots while the in-process servers start and the jars are unpacked, then everything waits.
        KafkaBroker broker = track(() -> KafkaBroker.start(settings.dataDirectory(), settings.logFile("kafka"),
                ports.kafka(), ports.kafkaController(), kafkaArchive, true));
        run.record(broker.process());
        CompletableFuture<Void> unpacked = unpackJars(definitions.values());
        MongoStore store = track(() -> MongoStore.start(settings.dataDirectory(), ports.mongo()));
        say("MongoDB store listening on " + store.connectionString());
        MailCatcher catcher = track(() -> MailCatcher.start(settings.dataDirectory().resolve("mail"), ports.smtp(), ports.mailWeb()));
        say("Mail catcher: SMTP on localhost:" + ports.smtp() + ", web on " + catcher.webUrl());
        broker.awaitReady(Duration.ofSeconds(90));
        say("Kafka broker ready on " + broker.bootstrapServers());
        try {
            unpacked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }

        startServices(definitions, run);
        printSummary(definitions);
        if (settings.recordClassArchives()) {
            recordClassArchives(definitions.values());
        } else {
            classArchivesRecorded.complete(null);
        }
    }

    /**
     * Once everything is up, records the class archive of each deployable, and of the broker, that has none
     * ({@link ClassArchive}), so that the next start maps it: in the background, one dump at a time from the
     * classes its JVM has loaded so far (about ten seconds of one core each), off the start's path. The first start
     * after a build runs without them, listing the classes it loads.
     */
    private void recordClassArchives(Collection<ServiceProcess.Definition> definitions) {
        List<ServiceProcess.Definition> oneEach = definitions.stream()
                .collect(Collectors.toMap(ServiceProcess.Definition::module, definition -> definition,
                        (first, further) -> first, LinkedHashMap::new))
                .values().stream().toList();
        Thread recorder = new Thread(() -> {
            try {
                List<String> recorded = new ArrayList<>();
                for (ServiceProcess.Definition definition : oneEach) {
                    if (recordClassArchive(definition.name(),
                            () -> ServiceProcess.recordClassArchive(definition, settings))) {
                        recorded.add(definition.module());
                    }
                }
                if (kafkaArchive.isPresent() && recordClassArchive("kafka", () -> KafkaBroker.recordClassArchive(
                        kafkaArchive.get(), settings.logFile("kafka-class-archive")))) {
                    recorded.add("Kafka");
                }
                if (!recorded.isEmpty()) {
                    say("Class archives recorded for " + String.join(", ", recorded) + ": the next start maps them");
                }
                classArchivesRecorded.complete(null);
            } catch (RuntimeException e) {
                classArchivesRecorded.completeExceptionally(e);
            }
        }, "class-archives");
        recorder.setDaemon(true);
        recorder.start();
    }

    /** One dump, unless the platform is stopping; whether it recorded the archive. */
    private boolean recordClassArchive(String name, Supplier<Optional<ClassArchive.Recording>> dump) {
        ClassArchive.Recording current;
        synchronized (lock) {
            if (closed) {
                return false;
            }
            current = dump.get().orElse(null);
            if (current == null) {
                return false;
            }
            recording = current;
        }
        try {
            if (current.await(Duration.ofMinutes(2))) {
                return true;
            }
            if (!isClosed()) {
                say("[" + name + "] could not record its class archive; it starts without one. "
                        + "The end of its dump's log:" + System.lineSeparator() + current.logTail());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.close();
            return false;
        } finally {
            synchronized (lock) {
                recording = null;
            }
        }
    }

    /** Waits until the class archives are recorded, when the settings ask for them; at once otherwise. */
    void awaitClassArchives(Duration timeout) {
        try {
            classArchivesRecorded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the class archives were recorded", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The class archives were not recorded in " + timeout, e);
        }
    }

    /**
     * Each deployable's jar, unpacked for a quick start ({@link UnpackedJar}): the first run after a build does it,
     * each jar on a thread of its own (a second or two of a core each); later runs find it done.
     */
    private CompletableFuture<Void> unpackJars(Collection<ServiceProcess.Definition> definitions) {
        return CompletableFuture.allOf(definitions.stream()
                .map(definition -> definition.executableJar(settings.repositoryRoot()))
                .distinct()
                .map(jar -> CompletableFuture.runAsync(() -> UnpackedJar.of(jar), runnable -> {
                    Thread thread = new Thread(runnable, "unpack-" + jar.getFileName());
                    thread.setDaemon(true);
                    thread.start();
                }))
                .toArray(CompletableFuture[]::new));
    }

    /**
     * The services and the portal start together once Kafka and MongoDB are up: on two cores that is what fits
     * in 120 s. Once all are UP, each is supervised: a process that dies is started again.
     */
    private void startServices(Map<String, ServiceProcess.Definition> definitions, RunFolder run) {
        List<SupervisedService> started = new ArrayList<>();
        for (ServiceProcess.Definition definition : definitions.values()) {
            started.add(track(() -> SupervisedService.start(definition, settings, run, LocalPlatform::say)));
        }
        Instant deadline = startedAt.plus(settings.startupTimeout());
        ExecutorService waiters = Executors.newFixedThreadPool(started.size());
        try {
            List<CompletableFuture<Void>> healthy = started.stream()
                    .map(service -> CompletableFuture.runAsync(() -> {
                        service.awaitHealthy(deadline);
                        say("[" + service.definition().name() + "] UP at " + service.definition().url() + " after "
                                + Duration.between(startedAt, Instant.now()).toSeconds() + " s");
                    }, waiters))
                    .toList();
            // The first failure ends the wait: no point watching the others while one is already dead.
            CompletableFuture<Void> allOrFirstFailure = new CompletableFuture<>();
            healthy.forEach(future -> future.exceptionally(failure -> {
                allOrFirstFailure.completeExceptionally(failure);
                return null;
            }));
            CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new))
                    .thenRun(() -> allOrFirstFailure.complete(null));
            allOrFirstFailure.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            waiters.shutdownNow();
        }
        started.forEach(SupervisedService::supervise);
    }

    private void checkJarsExist(Iterable<ServiceProcess.Definition> definitions) {
        List<String> missing = new ArrayList<>();
        for (ServiceProcess.Definition definition : definitions) {
            Path jar = definition.executableJar(settings.repositoryRoot());
            if (!Files.isRegularFile(jar)) {
                missing.add(settings.repositoryRoot().relativize(jar).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing service jar(s): " + String.join(", ", missing)
                    + ". Build them with `./mvnw package -DskipTests` in " + settings.repositoryRoot()
                    + " (./run-local.sh does this for you).");
        }
    }

    private void checkPortsFree(Iterable<ServiceProcess.Definition> definitions) {
        Settings.Ports ports = settings.ports();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("Kafka", ports.kafka());
        wanted.put("Kafka controller", ports.kafkaController());
        wanted.put("MongoDB", ports.mongo());
        wanted.put("SMTP", ports.smtp());
        wanted.put("mail catcher", ports.mailWeb());
        definitions.forEach(definition -> {
            wanted.put(definition.name(), definition.port());
            if (definition.managementPort() != definition.port()) {
                wanted.put(definition.name() + " management", definition.managementPort());
            }
        });
        List<String> busy = wanted.entrySet().stream()
                .filter(entry -> !Polling.isFree(entry.getValue()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use: " + String.join(", ", busy)
                    + ". Is the platform already running, or something else on those ports?");
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(settings.dataDirectory().resolve("logs"));
            Files.createDirectories(settings.dataDirectory().resolve("membership"));
            LinkKeys.ensure(LinkKeys.folder(settings.dataDirectory()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + settings.dataDirectory(), e);
        }
    }

    private void printSummary(Map<String, ServiceProcess.Definition> definitions) {
        Settings.Ports ports = settings.ports();
        StringBuilder table = new StringBuilder();
        String row = "  %-22s %-32s %s%n";
        table.append(System.lineSeparator()).append(String.format("SVUK platform is up after %d s.%n",
                Duration.between(startedAt, Instant.now()).toSeconds()));
        table.append(String.format(row, "WHAT", "WHERE", "ALSO"));
        for (ServiceProcess.Definition service : definitions.values()) {
            table.append(String.format(row, service.name(), service.url(), service.also()));
        }
        table.append(String.format(row, "Mail catcher", "http://localhost:" + ports.mailWeb(),
                "SMTP localhost:" + ports.smtp() + ", API /api/v1/messages"));
        table.append(String.format(row, "Kafka", "localhost:" + ports.kafka(), "KRaft, single node"));
        table.append(String.format(row, "MongoDB", "mongodb://localhost:" + ports.mongo(), "mongo-java-server, H2 file"));
        table.append(String.format("%n  Data:  %s%n  Logs:  %s%n", settings.dataDirectory(),
                settings.dataDirectory().resolve("logs")));
        String email = ServiceDefinitions.ADMIN_EMAIL;
        String password = ServiceDefinitions.ADMIN_PASSWORD;
        table.append(String.format("  Local admin login (local stack only): %s / %s%n", email, password));
        table.append(String.format("    curl -s -X POST http://localhost:%d/api/auth/token -H 'Content-Type: application/json' \\%n"
                + "      -d '{\"email\":\"%s\",\"password\":\"%s\"}'%n", ports.membership(), email, password));
        System.out.print(table);
        System.out.flush();
    }

    /** Starts a component and remembers it for {@link #close()}, unless the platform is already stopping. */
    private <T extends AutoCloseable> T track(Supplier<T> starter) {
        if (isClosed()) {
            throw new IllegalStateException("The platform is stopping");
        }
        T component = starter.get();
        synchronized (lock) {
            if (!closed) {
                remember(component);
                return component;
            }
        }
        // Stopped while this was starting: it must not be left behind.
        closeQuietly(component);
        throw new IllegalStateException("The platform is stopping");
    }

    private void remember(AutoCloseable component) {
        if (component instanceof KafkaBroker broker) {
            kafka = broker;
        } else if (component instanceof MongoStore store) {
            mongo = store;
        } else if (component instanceof MailCatcher catcher) {
            mailCatcher = catcher;
        } else if (component instanceof RunFolder folder) {
            runFolder = folder;
        } else if (component instanceof SupervisedService service) {
            services.add(service);
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    String membershipUrl() {
        return "http://localhost:" + settings.ports().membership();
    }

    String trainingUrl() {
        return "http://localhost:" + settings.ports().training();
    }

    String notificationUrl() {
        return "http://localhost:" + settings.ports().notification();
    }

    String portalUrl() {
        return "http://localhost:" + settings.ports().portal();
    }

    String mailCatcherUrl() {
        return "http://localhost:" + settings.ports().mailWeb();
    }

    Settings settings() {
        return settings;
    }

    /** The process id of each child JVM running now, by name (each service, the portal, and Kafka). */
    Map<String, Long> processIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        synchronized (lock) {
            services.forEach(service -> ids.put(service.definition().name(), service.process().process().pid()));
            if (kafka != null) {
                ids.put("Kafka", kafka.process().pid());
            }
        }
        return ids;
    }

    /** Each service instance by name, with how often it was restarted after dying. */
    Map<String, Integer> restarts() {
        Map<String, Integer> restarts = new LinkedHashMap<>();
        synchronized (lock) {
            services.forEach(service -> restarts.put(service.definition().name(), service.restarts()));
        }
        return restarts;
    }

    /** The fault suite: kills a service instance outright ({@code kill -9}); its supervisor starts it again. */
    void kill(String service) {
        SupervisedService found;
        synchronized (lock) {
            found = services.stream().filter(candidate -> candidate.definition().name().equals(service)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No service " + service));
        }
        found.kill();
    }

    /** The fault suite: kills the broker outright; it stays down until {@link #startKafka()}. */
    void killKafka() {
        KafkaBroker broker;
        synchronized (lock) {
            broker = kafka;
        }
        broker.process().kill();
    }

    /** The fault suite: starts the broker again on its data folder, and waits until it takes connections. */
    void startKafka() {
        KafkaBroker broker = KafkaBroker.start(settings.dataDirectory(), settings.logFile("kafka"),
                settings.ports().kafka(), settings.ports().kafkaController(), kafkaArchive, true);
        synchronized (lock) {
            kafka = broker;
            runFolder.record(broker.process());
        }
        broker.awaitReady(Duration.ofSeconds(90));
    }

    /** The fault suite: the SMTP server refuses connections (its port is closed) until {@link #acceptMail()}. */
    void refuseMail() {
        mailCatcher().refuseConnections();
    }

    void acceptMail() {
        mailCatcher().acceptConnections();
    }

    /** The fault suite: stops the store and starts it again on its file, as a restart of MongoDB does. */
    void restartStore() {
        MongoStore store;
        synchronized (lock) {
            store = mongo;
        }
        store.close();
        MongoStore restarted = MongoStore.start(settings.dataDirectory(), settings.ports().mongo());
        synchronized (lock) {
            mongo = restarted;
        }
    }

    private MailCatcher mailCatcher() {
        synchronized (lock) {
            return mailCatcher;
        }
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Children first, so no JVM outlives the launcher: a JVM dumping a class archive, the services
     * (together), then Kafka, each asked to stop and killed after a grace period; then the in-process SMTP, web
     * and MongoDB servers.
     */
    @Override
    public void close() {
        List<SupervisedService> runningServices;
        KafkaBroker broker;
        MongoStore store;
        MailCatcher catcher;
        RunFolder run;
        ClassArchive.Recording dumping;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            dumping = recording;
            runningServices = List.copyOf(services);
            broker = kafka;
            store = mongo;
            catcher = mailCatcher;
            run = runFolder;
        }
        try {
            Optional.ofNullable(dumping).ifPresent(LocalPlatform::closeQuietly);
            if (!runningServices.isEmpty()) {
                say("Stopping the services...");
                // One thread each: their grace periods run side by side, not one after another.
                ExecutorService stoppers = Executors.newFixedThreadPool(runningServices.size());
                CompletableFuture.allOf(runningServices.stream()
                        .map(service -> CompletableFuture.runAsync(() -> closeQuietly(service), stoppers))
                        .toArray(CompletableFuture[]::new)).join();
                stoppers.shutdown();
            }
            if (broker != null) {
                say("Stopping Kafka...");
                closeQuietly(broker);
            }
            Optional.ofNullable(catcher).ifPresent(LocalPlatform::closeQuietly);
            Optional.ofNullable(store).ifPresent(LocalPlatform::closeQuietly);
            Optional.ofNullable(run).ifPresent(LocalPlatform::closeQuietly);
            say("Stopped.");
        } finally {
            stopped.countDown();
        }
    }

    private static void closeQuietly(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("While stopping " + component + ": " + e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The classes live in local-platform/target/classes, so the repository is two folders up; else search from here. */
    private static Optional<Path> locateRepositoryRoot() {
        try {
            Path classes = Path.of(LocalPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Optional<Path> fromClasses = Settings.findRepositoryRoot(classes);
            if (fromClasses.isPresent()) {
                return fromClasses;
            }
        } catch (Exception e) {
            // Fall back to the working directory.
        }
        return Settings.findRepositoryRoot(Path.of(""));
    }
}
