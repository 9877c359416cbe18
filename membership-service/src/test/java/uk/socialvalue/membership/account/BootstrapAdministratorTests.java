package uk.socialvalue.membership.account;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import uk.socialvalue.membership.MembershipApplication;

import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside the local stack there is no default administrator password: start-up says what is missing. */
class BootstrapAdministratorTests {

    MongoServer mongo = new MongoServer(new MemoryBackend());

    @AfterEach
    void stopStore() {
        mongo.shutdownNow();
    }

    @Test
    void refusesToStartWithoutTheFirstAdministratorsPassword() {
        var address = mongo.bind();

        assertThatThrownBy(() -> new SpringApplicationBuilder(MembershipApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=mongodb://" + address.getHostString() + ":" + address.getPort() + "/bootstrap",
                "--spring.kafka.bootstrap-servers=localhost:1",
                "--svuk.auth.issuer=https://members.svuk.test",
                "--svuk.auth.signing-key-file=target/test-jwt-signing-keys.json",
                "--svuk.links.base-url=https://portal.svuk.test",
                "--svuk.membership.invoicing.vat-number=GB 999 9999 73",
                "--svuk.bootstrap-admin.email=admin@svuk.test",
                "--svuk.links.sealing-key-file=" + TestLinkKeys.get().sealingKeyFile()))
                .hasStackTraceContaining("svuk.bootstrap-admin.password")
                .hasStackTraceContaining("must be set");
    }
}
