package uk.socialvalue.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local platform keeps its data and which ports it listens on. The defaults are the
 * platform's documented local ports; tests pick free ports so they never clash with a running stack.
 */
record Settings(Path repositoryRoot, Path dataDirectory, Ports ports, Duration startupTimeout) {

    static final String DATA_DIR_VARIABLE = "SVUK_DATA_DIR";

    record Ports(int kafka, int kafkaController, int mongo, int smtp, int mailWeb,
                 int membership, int training, int notification, int portal) {

        static Ports defaults() {
            return new Ports(9092, 9093, 27017, 1025, 8025, 8081, 8082, 8083, 8080);
        }
    }

    Settings {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    static Settings defaults(Path repositoryRoot) {
        return new Settings(repositoryRoot, repositoryRoot.resolve(".data"), Ports.defaults(), Duration.ofMinutes(3));
    }

    Settings withDataDirectory(Path dataDirectory) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout);
    }

    Settings withPorts(Ports ports) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout);
    }

    Path logFile(String name) {
        return dataDirectory.resolve("logs").resolve(name + ".log");
    }

    /**
     * Reads the command line: {@code --data-dir DIR} (or {@code --data-dir=DIR}) wins over the
     * SVUK_DATA_DIR variable, which wins over {@code <repo>/.data}.
     */
    static Settings fromCommandLine(String[] args, Map<String, String> environment, Path repositoryRoot) {
        Settings settings = defaults(repositoryRoot);
        Optional<String> fromEnvironment = Optional.ofNullable(environment.get(DATA_DIR_VARIABLE)).filter(v -> !v.isBlank());
        if (fromEnvironment.isPresent()) {
            settings = settings.withDataDirectory(Path.of(fromEnvironment.get()));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--data-dir=")) {
                settings = settings.withDataDirectory(Path.of(arg.substring("--data-dir=".length())));
            } else if (arg.equals("--data-dir")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--data-dir needs a folder" + System.lineSeparator() + usage());
                }
                settings = settings.withDataDirectory(Path.of(args[++i]));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg + System.lineSeparator() + usage());
            }
        }
        return settings;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: ./run-local.sh [--no-build] [--data-dir DIR]",
                "  --data-dir DIR  keep Kafka, MongoDB, mail and logs under DIR",
                "                  (default: $" + DATA_DIR_VARIABLE + ", else <repository>/.data)",
                "  --no-build      (run-local.sh only) start from the jars already built");
    }

    /**
     * Finds the repository root (the folder holding mvnw) above {@code start}, so the launcher works
     * whether it is started from the repository root, from the module, or by a test.
     */
    static Optional<Path> findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("local-platform"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
