package uk.socialvalue.support.settings;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDefaultsTests {

    StandardEnvironment environment = new StandardEnvironment();

    @Test
    void givesEveryServiceTheSharedSettings() {
        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health, info, metrics, prometheus");
        assertThat(environment.getProperty("springdoc.swagger-ui.path")).isEqualTo("/swagger-ui.html");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences")).isEqualTo("svuk-api");
    }

    @Test
    void ranksBelowWhatAServiceSaysForItself() {
        environment.getPropertySources().addLast(new MapPropertySource("application.yml",
                Map.of("springdoc.swagger-ui.path", "/docs.html")));

        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("springdoc.swagger-ui.path")).isEqualTo("/docs.html");
    }
}
