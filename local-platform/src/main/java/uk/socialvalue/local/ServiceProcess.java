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
import java.util.Optional;

/**
 * One of the Spring Boot services (or the web portal), run from its executable jar (unpacked, with its class archive
 * once one has been recorded: {@link UnpackedJar}, as Spring Boot advises for production) in its own JVM,
 * and known to be ready only when its {@code /actuator/health} says UP (which includes its MongoDB check), not
 * merely when the port opens.
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

    private ServiceProcess(Definition definition, ChildProcess process) {
        this.definition = definition;
        this.process = process;
    }

    static ServiceProcess start(Definition definition, Settings settings) {
        List<String> command = jvmOptions(definition);
        command.addAll(UnpackedJar.of(definition.executableJar(settings.repositoryRoot()))
                .jvmArguments(settings.recordClassArchives()));
        command.addAll(definition.arguments());
        return new ServiceProcess(definition, ChildProcess.startJava(definition.name(), command,
                workingDirectory(definition, settings), settings.logFile(definition.name()), STOP_GRACE_PERIOD));
    }

    /**
     * Starts a JVM that dumps the class archive of the definition's jar from the classes its JVMs loaded
     * ({@link UnpackedJar#record}), unless it has one, none has listed its classes, or another JVM is dumping it:
     * with the service's own JVM options, and a log of its own beside the service's.
     */
    static Optional<ClassArchive.Recording> recordClassArchive(Definition definition, Settings settings) {
        return UnpackedJar.of(definition.executableJar(settings.repositoryRoot())).record(definition.name(),
                jvmOptions(definition), settings.logFile(definition.name() + "-class-archive"));
    }

    private static List<String> jvmOptions(Definition definition) {
        // C1 only: these JVMs live for a coding session, so starting fast beats peak throughput.
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        options.addAll(definition.jvmOptions());
        return options;
    }

    private static Path workingDirectory(Definition definition, Settings settings) {
        Path workingDirectory = settings.dataDirectory().resolve(definition.name());
        try {
            return Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create " + workingDirectory, e);
        }
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

    @Override
    public void close() {
        process.close();
    }
}
