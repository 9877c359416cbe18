package uk.socialvalue.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the Spring Boot services (or the web portal), run from its executable jar (unpacked, with its class archive:
 * {@link UnpackedJar}, as Spring Boot advises for production) in its own JVM,
 * and known to be ready only when its {@code /actuator/health} says UP (which includes its MongoDB
 * check), not merely when the port opens.
 */
final class ServiceProcess implements AutoCloseable {

    /** Spring's graceful shutdown finishes in-flight requests and Kafka consumers leave their groups. */
    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A service instance (or the portal): its name, the module whose jar it runs, its port and the one its
     * health is read on, JVM options, arguments, and what the launcher's table says of it.
     */
    record Definition(String name, String module, int port, int managementPort, List<String> jvmOptions,
            List<String> arguments, String also) {

        Path executableJar(Path repositoryRoot) {
            return repositoryRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
        }

        String url() {
            return "http://localhost:" + port;
        }

        String healthUrl() {
            return "http://localhost:" + managementPort + "/actuator/health";
        }
    }

    private final Definition definition;
    private final ChildProcess process;
    private final UnpackedJar.Launch launch;

    private ServiceProcess(Definition definition, ChildProcess process, UnpackedJar.Launch launch) {
        this.definition = definition;
        this.process = process;
        this.launch = launch;
    }

    static ServiceProcess start(Definition definition, Settings settings) {
        Path workingDirectory = settings.dataDirectory().resolve(definition.name());
        try {
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create " + workingDirectory, e);
        }
        UnpackedJar.Launch launch = UnpackedJar.of(definition.executableJar(settings.repositoryRoot())).launch();
        // C1 only: these JVMs live for a coding session, so starting fast beats peak throughput.
        List<String> command = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        command.addAll(definition.jvmOptions());
        command.addAll(launch.jvmArguments());
        command.addAll(definition.arguments());
        ChildProcess process;
        try {
            process = ChildProcess.startJava(definition.name(), command, workingDirectory,
                    settings.logFile(definition.name()), STOP_GRACE_PERIOD);
        } catch (RuntimeException e) {
            launch.finished(-1);
            throw e;
        }
        // However it ends (stopped, killed, crashed), the class archive it may be recording is settled.
        process.process().onExit().thenAccept(exited -> launch.finished(exited.exitValue()));
        return new ServiceProcess(definition, process, launch);
    }

    Definition definition() {
        return definition;
    }

    ChildProcess process() {
        return process;
    }

    /** Polls the health endpoint until UP, failing fast with the log's tail if the JVM exits. */
    void awaitHealthy(HttpClient http, Instant deadline) {
        URI health = URI.create(definition.healthUrl());
        String lastSeen = "no answer yet";
        while (true) {
            process.checkAlive();
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode status = JSON.readTree(response.body()).path("status");
                if (response.statusCode() == 200 && "UP".equals(status.asString(""))) {
                    return;
                }
                lastSeen = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException | RuntimeException e) {
                lastSeen = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + definition.name(), e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(definition.name() + " did not report UP at " + health
                        + " in time (last: " + lastSeen + "); last lines of " + process.logFile() + ":"
                        + System.lineSeparator() + process.logTail(40));
            }
            Polling.pause(Duration.ofMillis(500));
        }
    }

    /** Whether this JVM records the class archive that later starts of its service map. */
    boolean recordingClassArchive() {
        return launch.recording();
    }

    @Override
    public void close() {
        process.close();
        // Here as well as on exit: a launcher that is itself exiting must not leave before the archive is published.
        Process jvm = process.process();
        if (!jvm.isAlive()) {
            launch.finished(jvm.exitValue());
        }
    }
}
