package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code <data>/run}: a lock file that lets one launcher at a time use a data folder, and a pid file
 * per child JVM. If the launcher itself was killed outright (kill -9 leaves no chance to run a shutdown
 * hook), the next start stops the orphans it left behind instead of failing on busy ports. A recorded
 * process is only touched if it still runs the exact command line recorded for it, so a recycled pid
 * never hits someone else's process.
 */
final class RunFolder implements AutoCloseable {

    private final Path folder;
    private final FileChannel lockFile;
    private final FileLock lock;

    private RunFolder(Path folder, FileChannel lockFile, FileLock lock) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** Fails when another launcher is using this data folder: two would fight over ports and files. */
    static RunFolder claim(Path dataDirectory) {
        Path folder = dataDirectory.resolve("run");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve("launcher.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another local platform is already running with the data folder "
                        + dataDirectory + "; stop it first (Ctrl-C in its terminal) or use another --data-dir.");
            }
            return new RunFolder(folder, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + folder, e);
        }
    }

    /** Null when another holder has it, whether another JVM or (in tests) this one. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    void record(ChildProcess child) {
        ProcessHandle handle = child.process().toHandle();
        Optional<String> commandLine = handle.info().commandLine();
        if (commandLine.isEmpty()) {
            return; // Without the command line a leftover could not be recognised safely later.
        }
        try {
            Files.writeString(folder.resolve(child.name() + ".pid"), handle.pid() + "\n" + commandLine.get(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + folder, e);
        }
    }

    /** Called once every child has stopped: nothing is left to clean up after. */
    @Override
    public void close() {
        forgetAll();
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }

    private void forgetAll() {
        pidFiles().forEach(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stale pid file is harmless: its command line will not match anything on the next start.
            }
        });
    }

    /** Stops what a previous launcher left running, all at once; returns a line per process stopped. */
    List<String> stopLeftovers() {
        Map<String, ProcessHandle> leftovers = new LinkedHashMap<>();
        pidFiles().forEach(file -> leftover(file).ifPresent(handle ->
                leftovers.put(file.getFileName().toString().replace(".pid", "") + " (pid " + handle.pid() + ")", handle)));
        leftovers.values().forEach(ProcessHandle::destroy);
        leftovers.values().forEach(handle -> {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
        forgetAll();
        return List.copyOf(leftovers.keySet());
    }

    private Optional<ProcessHandle> leftover(Path pidFile) {
        try {
            String[] lines = Files.readString(pidFile, StandardCharsets.UTF_8).split("\n", 2);
            if (lines.length < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines[0].trim());
            String recordedCommandLine = lines[1];
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().map(recordedCommandLine::equals).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Stream<Path> pidFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }
}
