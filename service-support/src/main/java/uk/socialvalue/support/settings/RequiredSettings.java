package uk.socialvalue.support.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The settings a service cannot run without and that have no default, because the only sensible default would
 * be the local stack's {@code localhost}: where the store and the broker are (every service), and the public
 * URLs each service needs, which it lists under {@value #PROPERTY} in its {@code application.yml}. Start-up
 * stops before anything connects, with one message naming every missing setting and its environment variable.
 * The local stack and docker-compose pass them all.
 */
public final class RequiredSettings {

    /** Where a service lists the settings of its own that it cannot run without. */
    static final String PROPERTY = "svuk.required-settings";
    static final List<String> EVERY_SERVICE = List.of("spring.mongodb.uri", "spring.kafka.bootstrap-servers");

    private RequiredSettings() {
    }

    /** @throws IllegalStateException naming every required setting that is not set */
    public static void check(Environment environment) {
        Set<String> required = new LinkedHashSet<>(EVERY_SERVICE);
        required.addAll(Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of()));
        List<String> missing = new ArrayList<>();
        for (String setting : required) {
            String value = environment.getProperty(setting);
            if (value == null || value.isBlank()) {
                missing.add(setting + " (" + variable(setting) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing settings, which have no default outside the local stack: "
                    + String.join(", ", missing) + ". ./run-local.sh and docker-compose.yml set them; anywhere "
                    + "else set them to the real addresses and public URLs.");
        }
    }

    /** The environment variable that sets it, by Spring Boot's relaxed binding. */
    static String variable(String setting) {
        return setting.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
