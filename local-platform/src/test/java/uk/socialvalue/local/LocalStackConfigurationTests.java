package uk.socialvalue.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-service settings and JVM options of the local stack are stated twice, in {@link ServiceDefinitions}
 * for {@code ./run-local.sh} and in {@code docker-compose.yml} for containers (where no Docker engine runs to
 * try it); the services' and the portal's own {@code application.yml} hold the defaults a jar started alone
 * runs with. These tests keep the three in step.
 */
class LocalStackConfigurationTests {

    /** Where a file goes depends on the machine (a container volume, the data folder): only its presence counts. */
    static final Set<String> FILE_LOCATIONS = Set.of("svuk.auth.signing-key-file", "svuk.links.sealing-key-file",
            "svuk.notifications.link-opening-key-file");
    static final Pattern DEFAULTED_VARIABLE = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");
    /** How docker-compose passes a container's JVM options: the JVM reads this variable itself. */
    static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";

    Path repository = Settings.findRepositoryRoot(Path.of("")).orElseThrow();
    Map<String, ServiceDefinitions.Service> localStack = ServiceDefinitions.services(Settings.Ports.defaults(),
            Path.of("/data"));

    @Test
    void dockerComposeSizesEachJvmAsTheLocalStackDoes() throws IOException {
        Map<?, ?> containers = (Map<?, ?>) yaml(repository.resolve("docker-compose.yml")).get("services");

        localStack.forEach((service, definition) -> {
            Object options = environmentOf(containers, service).get(JVM_OPTIONS);
            assertThat(options).as("%s: %s in docker-compose.yml", service, JVM_OPTIONS).isNotNull();
            assertThat(List.of(String.valueOf(options).strip().split("\\s+"))).as("%s: its JVM options", service)
                    .isEqualTo(definition.jvmOptions());
        });
    }

    @Test
    void dockerComposeSetsEachServiceUpAsTheLocalStackDoes() throws IOException {
        Map<?, ?> containers = (Map<?, ?>) yaml(repository.resolve("docker-compose.yml")).get("services");

        localStack.forEach((service, definition) -> {
            Map<String, String> settings = definition.properties();
            Map<String, String> composed = new TreeMap<>();
            environmentOf(containers, service).forEach((variable, value) -> {
                if (!JVM_OPTIONS.equals(variable)) {
                    composed.put(relaxed(variable.toString()),
                            asSeenFromTheHost(String.valueOf(value), containers.keySet()));
                }
            });
            Map<String, String> local = new TreeMap<>();
            settings.forEach((property, value) -> local.put(relaxed(property), value));

            assertThat(composed.keySet()).as("%s: the settings docker-compose.yml sets", service)
                    .isEqualTo(local.keySet());
            settings.keySet().stream().filter(property -> !FILE_LOCATIONS.contains(property)).forEach(property ->
                    assertThat(composed.get(relaxed(property))).as("%s: %s in docker-compose.yml", service, property)
                            .isEqualTo(settings.get(property)));
        });
    }

    @Test
    void theLocalStackOnItsUsualPortsRunsOnWhatEachServiceSaysForItself() throws IOException {
        Map<String, String> shared = flatten(yaml(repository.resolve(
                "service-support/src/main/resources/svuk-service-defaults.yml")));

        for (var service : localStack.entrySet()) {
            Path module = repository.resolve(service.getKey());
            // The web portal does not build on service-support, so the services' shared defaults are not its own.
            boolean buildsOnServiceSupport = Files.readString(module.resolve("pom.xml"))
                    .contains("<artifactId>service-support</artifactId>");
            Map<String, String> own = new LinkedHashMap<>(buildsOnServiceSupport ? shared : Map.of());
            own.putAll(flatten(yaml(module.resolve("src/main/resources/application.yml"))));
            service.getValue().properties().forEach((property, value) -> {
                if (own.containsKey(property)) {
                    assertThat(value).as("%s: %s, in its application.yml or service-support's defaults",
                            service.getKey(), property).isEqualTo(own.get(property));
                }
            });
        }
    }

    static Map<?, ?> environmentOf(Map<?, ?> containers, String service) {
        assertThat(containers.get(service)).as("%s in docker-compose.yml", service).isNotNull();
        return (Map<?, ?>) ((Map<?, ?>) containers.get(service)).get("environment");
    }

    /** Spring's relaxed binding: {@code SPRING_MONGODB_URI} and {@code spring.mongodb.uri} are one setting. */
    static String relaxed(String name) {
        return name.replaceAll("[._-]", "").toLowerCase(Locale.ROOT);
    }

    /** The value a container sees, with its defaulted variables filled in and other containers seen as localhost. */
    static String asSeenFromTheHost(String value, Set<?> containers) {
        Matcher defaulted = DEFAULTED_VARIABLE.matcher(value);
        String resolved = defaulted.replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        for (Object container : containers) {
            resolved = resolved.replaceAll("(?<=^|//)" + Pattern.quote(container.toString()) + "(?=$|[:/])",
                    "localhost");
        }
        return resolved;
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    static Map<String, String> flatten(Map<String, Object> yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", yaml, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> node, Map<String, String> flat) {
        node.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> child) {
                flatten(name + ".", child, flat);
            } else if (!(value instanceof List<?>)) {
                flat.put(name, String.valueOf(value));
            }
        });
    }
}
