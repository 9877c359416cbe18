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
 * The per-service settings of the local stack are stated twice, in {@link ServiceDefinitions} for
 * {@code ./run-local.sh} and in {@code docker-compose.yml} for containers (where no Docker engine runs to try
 * it); the services' own {@code application.yml} holds the defaults a jar started alone runs with. These
 * tests keep the three in step.
 */
class LocalStackConfigurationTests {

    /** Where a file goes depends on the machine (a container volume, the data folder): only its presence counts. */
    static final Set<String> FILE_LOCATIONS = Set.of("svuk.auth.signing-key-file");
    static final Pattern DEFAULTED_VARIABLE = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}");

    Path repository = Settings.findRepositoryRoot(Path.of("")).orElseThrow();
    Map<String, Map<String, String>> localStack = ServiceDefinitions.settings(Settings.Ports.defaults(),
            Path.of("/data"));

    @Test
    void dockerComposeSetsEachServiceUpAsTheLocalStackDoes() throws IOException {
        Map<String, Object> compose = yaml(repository.resolve("docker-compose.yml"));
        Map<?, ?> containers = (Map<?, ?>) compose.get("services");

        localStack.forEach((service, settings) -> {
            Map<?, ?> environment = (Map<?, ?>) ((Map<?, ?>) containers.get(service)).get("environment");
            Map<String, String> composed = new TreeMap<>();
            environment.forEach((variable, value) -> composed.put(relaxed(variable.toString()),
                    asSeenFromTheHost(String.valueOf(value), containers.keySet())));
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
            Map<String, String> own = new LinkedHashMap<>(shared);
            Path applicationYml = repository.resolve(service.getKey()).resolve("src/main/resources/application.yml");
            own.putAll(flatten(yaml(applicationYml)));
            service.getValue().forEach((property, value) -> {
                if (own.containsKey(property)) {
                    assertThat(value).as("%s: %s, in its application.yml or service-support's defaults",
                            service.getKey(), property).isEqualTo(own.get(property));
                }
            });
        }
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
