package uk.socialvalue.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class data sharing archive (AppCDS) of the classes a program loads, kept in a folder of its own beside the
 * classes it was made from: every JVM started with it maps the classes instead of reading, parsing and verifying
 * the same thousands of them again. A JVM started without it lists the classes it loads as it loads them
 * ({@code -XX:DumpLoadedClassList}); later, once the stack is up, a JVM of its own dumps the archive from that list
 * ({@code -Xshare:dump}, {@link #record}), off the start's path.
 *
 * <p>The JVM checks that the classes it maps come from the same jars, of the same size and time, and ignores an
 * archive that does not match; the folder's owner names it after what the classes are ({@link UnpackedJar}: the
 * jar and the JDK) so that it never has to. Several launchers may start the same program at once: only one JVM at
 * a time dumps the archive (a file lock), which is published by a rename only if that JVM ended cleanly.
 */
final class ClassArchive {

    private static final String ARCHIVE = "classes.jsa";
    private static final String RECORDING_LOCK = "classes.lock";
    /** The lists of loaded classes that JVMs started without the archive write, one each. */
    private static final String CLASS_LIST = "loaded-classes-";
    private static final String CLASS_LIST_SUFFIX = ".txt";
    /** A dumping JVM has nothing to finish: it is killed outright, and this long is allowed for it to go. */
    private static final Duration DUMP_STOP_GRACE = Duration.ofSeconds(5);

    private final Path folder;
    private final List<String> classes;

    /**
     * @param folder  where the archive, the lists and the lock live (it must exist)
     * @param classes the options that name the program's classes, as every JVM of it is started with them:
     *                {@code -jar} and a jar, or {@code -cp} and a class path of jars
     */
    ClassArchive(Path folder, List<String> classes) {
        this.folder = folder;
        this.classes = List.copyOf(classes);
    }

    /**
     * A name for the folder of a program's archive: a digest of what its classes are ({@code identity}, say a jar's
     * size and time) and of the JDK, whose archives no other JDK can map.
     */
    static String folderName(String identity) {
        String withJdk = identity + "/" + System.getProperty("java.home") + "/" + Runtime.version();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(withJdk.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Whether the archive that later starts map has been recorded. */
    boolean exists() {
        return Files.isRegularFile(folder.resolve(ARCHIVE));
    }

    /**
     * The JVM options to start the program with, before those naming its classes: mapping the archive if it has
     * been recorded, else, if {@code listClasses}, listing the classes the JVM loads for {@link #record}.
     */
    List<String> jvmOptions(boolean listClasses) {
        if (exists()) {
            return List.of("-XX:SharedArchiveFile=" + folder.resolve(ARCHIVE));
        }
        if (listClasses) {
            return List.of("-XX:DumpLoadedClassList=" + folder.resolve(CLASS_LIST + ProcessHandle.current().pid()
                    + "-" + System.nanoTime() + CLASS_LIST_SUFFIX));
        }
        return List.of();
    }

    /**
     * Starts a JVM that dumps the archive ({@code -Xshare:dump}) from the longest list of loaded classes a JVM of
     * the program has written so far, unless there is an archive already, no list yet, or another JVM is dumping
     * it (for this launcher or another). It runs none of the program's code: it loads, verifies and links the
     * listed classes from the same jars, with the program's own {@code jvmOptions}, writes the archive and exits,
     * so it needs neither the store nor the broker and binds no port. Unlike a training run that stops once a
     * Spring application context has refreshed, the list holds what the program loaded after that too, until
     * now: a service's Kafka consumers, its web server's connector, the runners that fill a new store.
     * {@link Recording#await} publishes the archive.
     */
    Optional<Recording> record(String name, List<String> jvmOptions, Path logFile) {
        if (exists()) {
            return Optional.empty();
        }
        FileChannel lockFile = null;
        try {
            lockFile = FileChannel.open(folder.resolve(RECORDING_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null || exists()) {
                // Another launcher is recording it, or has just published it.
                lockFile.close();
                return Optional.empty();
            }
            Optional<Path> longest = classLists().stream().max(Comparator.comparingLong(ClassArchive::sizeOf));
            if (longest.isEmpty()) {
                lockFile.close();
                return Optional.empty();
            }
            // What a dump killed half-way left behind.
            try (Stream<Path> leftovers = Files.list(folder)) {
                for (Path leftover : leftovers.filter(path -> path.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(leftover);
                }
            }
            String run = ProcessHandle.current().pid() + "-" + System.nanoTime();
            Path list = completeLines(longest.get(), folder.resolve("classes-" + run + ".txt.part"));
            Path recording = folder.resolve(ARCHIVE + "." + run + ".part");
            List<String> command = new ArrayList<>(jvmOptions);
            command.add("-Xshare:dump");
            command.add("-XX:SharedClassListFile=" + list);
            command.add("-XX:SharedArchiveFile=" + recording);
            command.addAll(classes);
            ChildProcess jvm = ChildProcess.startJava(name + " class archive", command, folder, logFile,
                    DUMP_STOP_GRACE);
            return Optional.of(new Recording(jvm, list, recording, lock));
        } catch (OverlappingFileLockException e) {
            // Another dump of the same program, started by this launcher, is recording.
            closeQuietly(lockFile);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockFile);
            throw new IllegalStateException("Could not start recording the class archive in " + folder, e);
        }
    }

    /** The lists of loaded classes waiting for a dump. */
    private List<Path> classLists() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(CLASS_LIST)).toList();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A copy of the list up to its last whole line: a running JVM may be half-way through writing one. */
    private static Path completeLines(Path list, Path copy) throws IOException {
        byte[] bytes = Files.readAllBytes(list);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return Files.write(copy, Arrays.copyOf(bytes, end));
    }

    /** A JVM dumping the archive; it holds the recording lock until it is settled. */
    final class Recording implements AutoCloseable {

        private final ChildProcess jvm;
        private final Path list;
        private final Path recording;
        /** Held while the JVM dumps; closing its channel releases it. */
        private FileLock lock;

        private Recording(ChildProcess jvm, Path list, Path recording, FileLock lock) {
            this.jvm = jvm;
            this.list = list;
            this.recording = recording;
            this.lock = lock;
        }

        /**
         * Waits up to {@code timeout} for the dump to end and publishes the archive if it ended cleanly (exit code
         * 0, an archive written), and then the lists it came from go; a dump that failed, or is stopped for taking
         * too long, publishes nothing, and the next start of the stack records again. Whether the archive is there
         * now.
         */
        boolean await(Duration timeout) throws InterruptedException {
            if (!jvm.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                return false;
            }
            settle(jvm.process().exitValue() == 0);
            return exists();
        }

        /** The end of the dump's log: why it failed. */
        String logTail() {
            return jvm.logTail(20);
        }

        /** Stops the dump if it is still going, outright: a half-written archive is not published anyway. */
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
                Files.deleteIfExists(list);
                if (publish && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                    Files.move(recording, folder.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
                    // JVMs started from now on map the archive and list nothing; running ones keep their
                    // unlinked lists open until they stop.
                    for (Path written : classLists()) {
                        Files.deleteIfExists(written);
                    }
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
