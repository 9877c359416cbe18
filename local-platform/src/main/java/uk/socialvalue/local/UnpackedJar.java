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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's executable jar laid out to start quickly, as Spring Boot documents for production: unpacked by Boot's
 * own tool ({@code -Djarmode=tools extract}), so classes load from plain jars instead of jars nested in a jar, and
 * with a class data sharing archive (AppCDS) of the classes it loads. The first run of an unpacked jar records the
 * archive as its JVM exits after being stopped; every later run maps it instead of reading, parsing and verifying the
 * same thousands of classes again. On two cores, with everything starting at once, a service's start-up takes about half
 * as long (the README's Performance section has the figures).
 *
 * <p>It lives under the module's {@code target/launch/}, in a folder named after the jar (size and time) and the
 * JDK, so a rebuilt jar or another JDK starts from a folder of its own (older ones are removed) and an archive is
 * never used with classes it was not recorded from. Several launchers may start the same jar at once (the build's
 * test platforms do): the folder appears whole, by an atomic rename, and only the JVM whose launcher holds the
 * folder's lock records the archive, which is published, again by a rename, only if that JVM stopped cleanly.
 */
final class UnpackedJar {

    /** The JVM's exit code after SIGTERM (128 + 15): the launcher's way of stopping a service. */
    private static final int STOPPED_BY_SIGTERM = 143;
    private static final String ARCHIVE = "classes.jsa";
    private static final String RECORDING_LOCK = "classes.lock";
    private static final String UNPACKING = ".unpacking-";
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

    /** Whether a run has recorded the class archive that later runs start from. */
    boolean hasArchive() {
        return Files.isRegularFile(folder.resolve(ARCHIVE));
    }

    /**
     * How to start one JVM of it: from the class archive if there is one; else recording it, unless another JVM
     * is recording it already (that one's archive will serve later runs).
     */
    Launch launch() {
        Path archive = folder.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return fromArchive(archive);
        }
        FileChannel lockFile = null;
        try {
            lockFile = FileChannel.open(folder.resolve(RECORDING_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null || Files.isRegularFile(archive)) {
                // Another launcher is recording it, or has just published it.
                lockFile.close();
                return Files.isRegularFile(archive) ? fromArchive(archive) : withoutArchive();
            }
            // What a recorder killed half-way left behind.
            try (Stream<Path> leftovers = Files.list(folder)) {
                for (Path leftover : leftovers.filter(path -> path.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
            Path recording = folder.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + "-" + System.nanoTime()
                    + ".part");
            return new Launch(List.of("-XX:ArchiveClassesAtExit=" + recording), recording, lock);
        } catch (OverlappingFileLockException e) {
            // Another instance of the same service, started by this launcher, is recording.
            closeQuietly(lockFile);
            return withoutArchive();
        } catch (IOException e) {
            closeQuietly(lockFile);
            throw new UncheckedIOException("Could not prepare the class archive in " + folder, e);
        }
    }

    private Launch fromArchive(Path archive) {
        return new Launch(List.of("-XX:SharedArchiveFile=" + archive), null, null);
    }

    private Launch withoutArchive() {
        return new Launch(List.of(), null, null);
    }

    /**
     * One JVM's start: the options that map or record the class archive, then {@code -jar} and the unpacked jar.
     * {@link #finished(int)} must be told how the JVM ended, so a clean stop publishes what it recorded.
     */
    final class Launch {

        private final List<String> archiveOptions;
        private final Path recording;
        /** Held while this JVM records; closing its channel releases it. */
        private FileLock lock;

        private Launch(List<String> archiveOptions, Path recording, FileLock lock) {
            this.archiveOptions = archiveOptions;
            this.recording = recording;
            this.lock = lock;
        }

        /** The JVM options, ending with {@code -jar} and the jar: the application's arguments come after them. */
        List<String> jvmArguments() {
            List<String> arguments = new ArrayList<>(archiveOptions);
            arguments.add("-jar");
            arguments.add(jar.toString());
            return arguments;
        }

        /** Whether this JVM records the class archive as it exits. */
        boolean recording() {
            return recording != null;
        }

        /**
         * The JVM has exited with {@code exitCode}: if it recorded the archive and was stopped cleanly, the
         * archive is published for later runs; otherwise (killed, crashed, failed to start) it is dropped, and the
         * next run records it again. Only the first call counts.
         */
        synchronized void finished(int exitCode) {
            if (lock == null) {
                return;
            }
            try {
                boolean complete = (exitCode == 0 || exitCode == STOPPED_BY_SIGTERM) && Files.isRegularFile(recording)
                        && Files.size(recording) > 0;
                if (complete) {
                    Files.move(recording, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // Without an archive, later runs only start more slowly, and the next clean stop records one.
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
