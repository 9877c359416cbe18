package uk.socialvalue.notification.unsubscribe.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import uk.socialvalue.notification.unsubscribe.UnsubscribeLinks;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-up refuses to sign unsubscribe links without a secret. */
class UnsubscribeConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Wiring.class)
            .withPropertyValues("svuk.notifications.public-base-url=https://notifications.svuk.example");

    @Test
    void refusesToStartWithAnEmptySecret() {
        context.withPropertyValues("svuk.notifications.unsubscribe-secret=").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("svuk.notifications.unsubscribe-secret is empty");
        });
    }

    @Test
    void refusesToStartWithoutASecret() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void startsWithASecret() {
        context.withPropertyValues("svuk.notifications.unsubscribe-secret=s3cret")
                .run(started -> assertThat(started).hasSingleBean(UnsubscribeLinks.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(UnsubscribeProperties.class)
    @Import(UnsubscribeConfiguration.class)
    static class Wiring {
    }
}
