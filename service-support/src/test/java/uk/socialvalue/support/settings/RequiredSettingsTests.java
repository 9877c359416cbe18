package uk.socialvalue.support.settings;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service started without where its store, broker and public URLs are refuses to run, naming each setting. */
class RequiredSettingsTests {

    StandardEnvironment environment = new StandardEnvironment();
    Map<String, Object> settings = new HashMap<>();

    @Test
    void namesEverySettingThatIsMissingWithItsEnvironmentVariable() {
        settings.put("svuk.required-settings[0]", "svuk.links.base-url");
        settings.put("spring.kafka.bootstrap-servers", "kafka:9092");
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", settings));

        assertThatThrownBy(() -> RequiredSettings.check(environment))
                .hasMessageContaining("spring.mongodb.uri (SPRING_MONGODB_URI)")
                .hasMessageContaining("svuk.links.base-url (SVUK_LINKS_BASEURL)")
                .hasMessageNotContaining("spring.kafka.bootstrap-servers");
    }

    @Test
    void letsAServiceThatHasItsSettingsStart() {
        settings.put("svuk.required-settings", "svuk.links.base-url");
        settings.put("svuk.links.base-url", "https://members.socialvalueuk.org");
        settings.put("spring.mongodb.uri", "mongodb://mongo/membership");
        settings.put("spring.kafka.bootstrap-servers", "kafka:9092");
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml", settings));

        assertThatCode(() -> RequiredSettings.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void sharedDefaultsNameNoHost() {
        new ServiceDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isNull();
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")).isNull();
    }
}
