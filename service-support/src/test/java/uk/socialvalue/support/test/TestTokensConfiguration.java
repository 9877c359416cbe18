package uk.socialvalue.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Makes the service under test trust {@link TestTokens} (inject the bean to mint tokens), and gives it the test
 * JVM's {@link TestLinkKeys}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokensConfiguration {

    @Bean(destroyMethod = "close")
    TestTokens testTokens() {
        return new TestTokens();
    }

    @Bean
    DynamicPropertyRegistrar testTokenProperties(TestTokens tokens) {
        return registry -> {
            registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens::jwkSetUri);
            registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
            registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
            registry.add("svuk.links.sealing-key-file", () -> TestLinkKeys.get().sealingKeyFile().toString());
            registry.add("svuk.notifications.link-opening-key-file",
                    () -> TestLinkKeys.get().openingKeyFile().toString());
        };
    }
}
