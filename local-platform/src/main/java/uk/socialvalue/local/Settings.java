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
record Settings(Path repositoryRoot, Path dataDirectory, Ports ports, Duration startupTimeout, int instances,
        Map<String, Map<String, String>> overrides, boolean recordClassArchives) {

    static final String DATA_DIR_VARIABLE = "SVUK_DATA_DIR";
    static final int MOST_INSTANCES = 4;

    /**
     * The first instance's ports. Instance {@code n} of a service listens {@code 10 * (n - 1)} further on
     * (8081, 8091, ...), and each instance's management port (health, metrics) is 100 further on than its own
     * (8181, 8191, ...).
     */
    record Ports(int kafka, int kafkaController, int mongo, int smtp, int mailWeb,
                 int membership, int training, int notification, int portal) {

        static Ports defaults() {
            return new Ports(9092, 9093, 27017, 1025, 8025, 8081, 8082, 8083, 8080);
        }

        /** Where instance {@code instance} (from 1) of a service whose first instance is on {@code port} listens. */
        static int ofInstance(int port, int instance) {
            return port + 10 * (instance - 1);
        }

        /** The management port of a service instance listening on {@code port}. */
        static int management(int port) {
            return port + 100;
        }
    }

    Settings {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        overrides = Map.copyOf(overrides);
        if (instances < 1 || instances > MOST_INSTANCES) {
            throw new IllegalArgumentException("--instances must be from 1 to " + MOST_INSTANCES + System.lineSeparator()
                    + usage());
        }
    }

    static Settings defaults(Path repositoryRoot) {
        return new Settings(repositoryRoot, repositoryRoot.resolve(".data"), Ports.defaults(), Duration.ofMinutes(3), 1,
                Map.of(), true);
    }

    Settings withDataDirectory(Path dataDirectory) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout, instances, overrides,
                recordClassArchives);
    }

    Settings withPorts(Ports ports) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout, instances, overrides,
                recordClassArchives);
    }

    /**
     * Settings of a deployable beyond the local stack's, for every instance of it: a seam for tests that need a
     * job to run more often than it would. The command line sets none.
     */
    Settings withOverrides(Map<String, Map<String, String>> overrides) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout, instances, overrides,
                recordClassArchives);
    }

    /** Each service runs as this many processes, on one store and one broker (the web portal runs once). */
    Settings withInstances(int instances) {
        // More processes to start on the same cores: a minute more for each further instance of everything.
        return new Settings(repositoryRoot, dataDirectory, ports,
                Duration.ofMinutes(3).plus(Duration.ofMinutes(instances - 1)), instances, overrides, recordClassArchives);
    }

    /**
     * Whether the launcher records the class archives that later starts map, once everything is up
     * ({@link UnpackedJar}): yes for {@code ./run-local.sh}; a test platform, started once and thrown away, need not.
     */
    Settings withClassArchivesRecorded(boolean recordClassArchives) {
        return new Settings(repositoryRoot, dataDirectory, ports, startupTimeout, instances, overrides,
                recordClassArchives);
    }

    Path logFile(String name) {
        return dataDirectory.resolve("logs").resolve(name + ".log");
    }

    /**
     * Reads the command line: {@code --data-dir DIR} (or {@code --data-dir=DIR}) wins over the
     * SVUK_DATA_DIR variable, which wins over {@code <repo>/.data}; {@code --instances N} runs each service N
     * times.
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
            } else if (arg.startsWith("--instances=") || arg.equals("--instances")) {
                String count = arg.contains("=") ? arg.substring("--instances=".length())
                        : i + 1 < args.length ? args[++i] : "";
                try {
                    settings = settings.withInstances(Integer.parseInt(count));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--instances needs a number" + System.lineSeparator() + usage());
                }
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg + System.lineSeparator() + usage());
            }
        }
        return settings;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: ./run-local.sh [--no-build] [--data-dir DIR] [--instances N]",
                "  --data-dir DIR  keep Kafka, MongoDB, mail and logs under DIR",
                "                  (default: $" + DATA_DIR_VARIABLE + ", else <repository>/.data)",
                "  --instances N   run each service N times (1 to " + MOST_INSTANCES + "; the web portal once),",
                "                  on further ports: 8091, 8092, 8093 for the second, and so on",
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
