package uk.socialvalue.support.settings;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives every service the settings they all share ({@value #RESOURCE}: which actuator endpoints are exposed,
 * where Swagger UI lives, the log pattern, whom to trust for tokens in the local stack), stated once here. They
 * rank below everything else, each service's {@code application.yml} included, so any of them can still be
 * set otherwise for one service or one environment.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "svuk-service-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("SVUK service defaults (" + RESOURCE + ")",
                    new ClassPathResource(RESOURCE)).forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** After the application's own configuration has been read, so that these land below it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
