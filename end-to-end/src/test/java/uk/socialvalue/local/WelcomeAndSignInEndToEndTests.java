package uk.socialvalue.local;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Applicant;
import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVUK approves an application; the primary contact is welcomed by email with a link to set a password, sets
 * it once, signs in, and sees their own organisation and no other.
 */
@EndToEndTest
class WelcomeAndSignInEndToEndTests {

    @Test
    void welcomesTheApprovedContactWhoSetsAPasswordOnceAndSignsIn(TestPlatform platform) {
        Applicant applicant = platform.applyForACouncil();
        Applicant other = platform.applyForACouncil();

        platform.approve(applicant.organisationId());

        Email welcome = platform.mail().awaitEmail(applicant.email(), "Welcome to Social Value UK");
        String setupToken = welcome.linkParameter("/account/set-password", "token").orElseThrow();
        platform.setPassword(setupToken, TestPlatform.PASSWORD);
        Response reused = platform.membership().post("/api/account/password",
                Map.of("token", setupToken, "password", "another-long-password"), null);
        assertThat(reused.status()).as("the link works once: %s", reused).isEqualTo(400);

        String token = platform.signIn(applicant.email(), TestPlatform.PASSWORD);
        Response own = platform.membership().get("/api/organisations/" + applicant.organisationId(), token);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.text("/name")).isEqualTo(applicant.council().name());
        assertThat(own.text("/status")).isEqualTo("ACTIVE");
        assertThat(own.text("/gssCode")).isEqualTo(applicant.council().gssCode());
        assertThat(platform.membership().get("/api/organisations/" + other.organisationId(), token).status())
                .as("another council is hidden from them").isEqualTo(404);
    }

    @Test
    void refusesToSignInWithAWrongPassword(TestPlatform platform) {
        Response refused = platform.membership().post("/api/auth/token",
                Map.of("email", ServiceDefinitions.ADMIN_EMAIL, "password", "not-the-password"), null);

        assertThat(refused.status()).isEqualTo(401);
    }
}
