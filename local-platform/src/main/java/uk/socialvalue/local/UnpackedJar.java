package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's executable jar laid out to start quickly, as Spring Boot documents for production: unpacked by Boot's
 * own tool ({@code -Djarmode=tools extract}), so classes load from plain jars instead of jars nested in a jar, and
 * with a class data sharing archive of the classes it loads ({@link ClassArchive}), recorded once the stack is up.
 *
 * <p>It lives under the module's {@code target/launch/}, in a folder named after the jar (size and time) and the
 * JDK, so a rebuilt jar or another JDK starts from a folder of its own (older ones are removed) and an archive is
 * never used with classes it was not recorded from. Several launchers may start the same jar at once (the build's
 * test platforms do): the folder appears whole, by an atomic rename.
 */
final class UnpackedJar {

    private static final String UNPACKING = ".unpacking-";
    /** One unpacking into a launch folder at a time within this JVM; its file lock keeps other JVMs out. */
    private static final Map<Path, Object> UNPACKING_GUARDS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Path jar;
    private final ClassArchive archive;

    private UnpackedJar(Path folder, Path jar) {
        this.folder = folder;
        this.jar = jar;
        this.archive = new ClassArchive(folder, List.of("-jar", jar.toString()));
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

    /** Whether the class archive that later starts map has been recorded. */
    boolean hasArchive() {
        return archive.exists();
    }

    /**
     * The JVM options that start it, ending with {@code -jar} and the unpacked jar (the application's arguments
     * come after them): mapping the class archive if one has been recorded, else, if {@code listClasses}, listing
     * the classes the JVM loads for {@link #record} to archive.
     */
    List<String> jvmArguments(boolean listClasses) {
        List<String> arguments = new ArrayList<>(archive.jvmOptions(listClasses));
        arguments.add("-jar");
        arguments.add(jar.toString());
        return arguments;
    }

    /**
     * Starts a JVM that dumps the class archive from the classes a JVM of this jar has listed
     * ({@link ClassArchive#record}), with the service's own {@code jvmOptions}.
     */
    Optional<ClassArchive.Recording> record(String name, List<String> jvmOptions, Path logFile) {
        return archive.record(name, jvmOptions, logFile);
    }

    /** The jar's size and time, and the JDK: what the unpacked files and their class archive hold good for. */
    private static String key(Path executableJar) {
        try {
            return ClassArchive.folderName(Files.size(executableJar) + "/"
                    + Files.getLastModifiedTime(executableJar).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + executableJar, e);
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
}
