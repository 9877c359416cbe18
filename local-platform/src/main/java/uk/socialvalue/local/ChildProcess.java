package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A JVM the launcher started (Kafka or a service), with its output in a log file. Stopping sends
 * SIGTERM first so Kafka and Spring shut down cleanly and keep their data consistent, and kills
 * whatever is left after the grace period: no child may outlive the launcher.
 */
final class ChildProcess implements AutoCloseable {

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ )");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Duration gracePeriod;

    private ChildProcess(String name, Process process, Path logFile, Duration gracePeriod) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.gracePeriod = gracePeriod;
    }

    /** Starts {@code java <arguments>} with the JDK running the launcher, so no other java on the PATH matters. */
    static ChildProcess startJava(String name, List<String> arguments, Path workingDirectory, Path logFile,
                                  Duration gracePeriod) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    // The launcher's stdin stays its own: a child reading the terminal would steal Ctrl-D.
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            return new ChildProcess(name, process, logFile, gracePeriod);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    Path logFile() {
        return logFile;
    }

    /**
     * The end of the log, to show why a child failed without sending the user hunting for the file.
     * Stack frames are left out: the exception messages ("Caused by: ...") say what went wrong.
     */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> !STACK_FRAME.matcher(line).find())
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    /** Kills it outright, as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not die within 30 s of SIGKILL", e);
        }
    }

    /** Fails fast with the log's tail when the child has died, instead of waiting for a timeout. */
    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; last lines of "
                    + logFile + ":" + System.lineSeparator() + logTail(40));
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        // Descendants first: a child that forked helpers must not leave them running.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(gracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("[" + name + "] did not stop within " + gracePeriod.toSeconds() + " s, killing it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Nothing more can be done about a process that survives SIGKILL.
            }
        }
    }
}
