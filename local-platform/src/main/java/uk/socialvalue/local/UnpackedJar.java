package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's executable jar laid out to start quickly, as Spring Boot documents for production: unpacked by Boot's
 * own tool ({@code -Djarmode=tools extract}), so classes load from plain jars instead of jars nested in a jar, and
 * with a class data sharing archive (AppCDS) of the classes it loads, which every JVM started after it maps instead
 * of reading, parsing and verifying the same thousands of classes again. The archive is recorded by a training run
 * ({@link #record}), which the launcher starts once the stack is up, off the start's path.
 *
 * <p>It lives under the module's {@code target/launch/}, in a folder named after the jar (size and time) and the
 * JDK, so a rebuilt jar or another JDK starts from a folder of its own (older ones are removed) and an archive is
 * never used with classes it was not recorded from. Several launchers may start the same jar at once (the build's
 * test platforms do): the folder appears whole, by an atomic rename, and only one training run at a time records
 * the archive (a file lock), which is published, again by a rename, only if that run ended cleanly.
 */
final class UnpackedJar {

    private static final String ARCHIVE = "classes.jsa";
    private static final String RECORDING_LOCK = "classes.lock";
    private static final String UNPACKING = ".unpacking-";
    /** A training run's JVM has nothing to finish: it is killed outright, and this long is allowed for it to go. */
    private static final Duration TRAINING_STOP_GRACE = Duration.ofSeconds(5);
    /** One unpacking into a launch folder at a time within this JVM; its file lock keeps other JVMs out. */
    private static final Map<Path, Object> UNPACKING_GUARDS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Path jar;

    private UnpackedJar(Path folder, Path jar) {
        this.folder = folder;
        this.jar = jar;
    }

    /** The unpacked form of {@code executableJar}, unpacking it first unless this jar, on this JDK, already was. */
    static UnpackedJar of(Path executableJar) {
        Path launch = executableJar.toAbsolutePath().getParent().resolve("launch");
        Path folder = launch.resolve(key(executableJar));
        UnpackedJar unpacked = new UnpackedJar(folder, folder.resolve(executableJar.getFileName()));
        if (Files.isRegularFile(unpacked.jar)) {
            return unpacked;
        }
        synchronized (UNPACKING_GUARDS.computeIfAbsent(launch, any -> new Object())) {
            try {
                Files.createDirectories(launch);
                try (FileChannel lockFile = FileChannel.open(launch.resolve("unpacking.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                    if (!Files.isRegularFile(unpacked.jar)) {
                        unpack(executableJar, folder);
                        removeOthers(launch, folder);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not unpack " + executableJar + " into " + folder, e);
            }
        }
        return unpacked;
    }

    /** Where it was unpacked: the jar to run, its libraries and, once recorded, the class archive. */
    Path folder() {
        return folder;
    }

    /** Whether a training run has recorded the class archive that later starts map. */
    boolean hasArchive() {
        return Files.isRegularFile(folder.resolve(ARCHIVE));
    }

    /**
     * The JVM options that start it, ending with {@code -jar} and the unpacked jar (the application's arguments
     * come after them): mapping the class archive, if one has been recorded.
     */
    List<String> jvmArguments() {
        List<String> arguments = new ArrayList<>();
        if (hasArchive()) {
            arguments.add("-XX:SharedArchiveFile=" + folder.resolve(ARCHIVE));
        }
        arguments.add("-jar");
        arguments.add(jar.toString());
        return arguments;
    }

    /**
     * Starts a training run that records the class archive, unless there is one already or another run is
     * recording it (in this launcher or another): a JVM of the jar with the service's own {@code jvmOptions} and
     * {@code arguments}, which Spring stops once its application context has refreshed
     * ({@code -Dspring.context.exit=onRefresh}, as Spring Boot documents for a CDS training run). Its beans are
     * created as at every start, against the same store and broker, but no web server, listener or scheduled job
     * starts and no {@code ApplicationRunner} runs, so it binds no port and does no work. The JVM writes the
     * archive as it exits; {@link Recording#await} publishes it.
     */
    Optional<Recording> record(String name, List<String> jvmOptions, List<String> arguments, Path workingDirectory,
            Path logFile) {
        if (hasArchive()) {
            return Optional.empty();
        }
        FileChannel lockFile = null;
        try {
            lockFile = FileChannel.open(folder.resolve(RECORDING_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null || hasArchive()) {
                // Another launcher is recording it, or has just published it.
                lockFile.close();
                return Optional.empty();
            }
            // What a training run killed half-way left behind.
            try (Stream<Path> leftovers = Files.list(folder)) {
                for (Path leftover : leftovers.filter(path -> path.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
            Path recording = folder.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + "-" + System.nanoTime()
                    + ".part");
            List<String> command = new ArrayList<>(jvmOptions);
            command.add("-XX:ArchiveClassesAtExit=" + recording);
            command.add("-Dspring.context.exit=onRefresh");
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(arguments);
            ChildProcess jvm = ChildProcess.startJava(name + " class archive", command, workingDirectory, logFile,
                    TRAINING_STOP_GRACE);
            return Optional.of(new Recording(jvm, recording, lock));
        } catch (OverlappingFileLockException e) {
            // Another training run of the same jar, started by this launcher, is recording.
            closeQuietly(lockFile);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockFile);
            throw new IllegalStateException("Could not start recording the class archive in " + folder, e);
        }
    }

    /** A training run recording the class archive; it holds the recording lock until it is settled. */
    final class Recording implements AutoCloseable {

        private final ChildProcess jvm;
        private final Path recording;
        /** Held while the run records; closing its channel releases it. */
        private FileLock lock;

        private Recording(ChildProcess jvm, Path recording, FileLock lock) {
            this.jvm = jvm;
            this.recording = recording;
            this.lock = lock;
        }

        /**
         * Waits up to {@code timeout} for the run to end and publishes the archive if it ended cleanly (exit code
         * 0, an archive written); a run that failed, or is stopped for taking too long, publishes nothing, and the
         * next start of the stack records again. Whether the archive is there now.
         */
        boolean await(Duration timeout) throws InterruptedException {
            if (!jvm.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                return false;
            }
            settle(jvm.process().exitValue() == 0);
            return hasArchive();
        }

        /** The end of the run's log: why it failed. */
        String logTail() {
            return jvm.logTail(20);
        }

        /**
         * Stops the run if it is still going, outright: a JVM asked to stop would write an archive of the classes
         * loaded so far, which is not published anyway.
         */
        @Override
        public void close() {
            jvm.process().destroyForcibly();
            jvm.close();
            settle(false);
        }

        private synchronized void settle(boolean publish) {
            if (lock == null) {
                return;
            }
            try {
                if (publish && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                    Files.move(recording, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // Without an archive, later runs only start more slowly, and the next start records one.
            } finally {
                closeQuietly(lock.channel());
                lock = null;
            }
        }
    }

    /** The jar's size and time, and the JDK: what the unpacked files and their class archive hold good for. */
    private static String key(Path executableJar) {
        try {
            String identity = Files.size(executableJar) + "/" + Files.getLastModifiedTime(executableJar).toMillis()
                    + "/" + System.getProperty("java.home") + "/" + Runtime.version();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + executableJar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Boot's tool unpacks into a folder of its own, which then becomes {@code folder} in one rename. */
    private static void unpack(Path executableJar, Path folder) throws IOException {
        Path unpacking = folder.resolveSibling(folder.getFileName() + UNPACKING + ProcessHandle.current().pid());
        deleteRecursively(unpacking);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", executableJar.toString(), "extract", "--destination", unpacking.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!tool.waitFor(2, TimeUnit.MINUTES)) {
                tool.destroyForcibly();
                throw new IOException("Unpacking " + executableJar + " took more than 2 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            tool.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while unpacking " + executableJar, e);
        }
        if (tool.exitValue() != 0 || !Files.isRegularFile(unpacking.resolve(executableJar.getFileName()))) {
            throw new IOException("Spring Boot's extract tool failed with code " + tool.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
        Files.delete(log);
        try {
            Files.move(unpacking, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            deleteRecursively(unpacking);
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /** Earlier builds' folders, and what an unpacking killed half-way left. */
    private static void removeOthers(Path launch, Path kept) throws IOException {
        List<Path> others;
        try (Stream<Path> children = Files.list(launch)) {
            others = children.filter(Files::isDirectory).filter(child -> !child.equals(kept)).toList();
        }
        for (Path other : others) {
            deleteRecursively(other);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; a channel that cannot close has released nothing worth keeping.
        }
    }
}
