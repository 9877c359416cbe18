package uk.socialvalue.membership;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local stack nothing defaults to localhost: a deploy that forgets a URL does not start at all. */
class StartUpSettingsTests {

    @Test
    void refusesToStartWithoutItsStoreAndPublicUrlsNamingEach() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MembershipApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=localhost:1",
                "--svuk.auth.issuer=https://members.svuk.test",
                "--svuk.auth.signing-key-file=target/test-jwt-signing-keys.json",
                "--svuk.bootstrap-admin.email=admin@svuk.test",
                "--svuk.bootstrap-admin.password=a-long-enough-password"))
                .hasStackTraceContaining("spring.mongodb.uri (SPRING_MONGODB_URI)")
                .hasStackTraceContaining("svuk.links.base-url (SVUK_LINKS_BASEURL)");
    }
}
