package uk.socialvalue.local;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Applicant;

import static org.assertj.core.api.Assertions.assertThat;

/** membership-service takes an application; notification-service tells the applicant it arrived. */
@EndToEndTest
class ApplicationReceivedEndToEndTests {

    @Test
    void emailsTheApplicantThatTheApplicationArrived(TestPlatform platform) {
        Applicant applicant = platform.applyForACouncil();

        Email received = platform.mail().awaitEmail(applicant.email(), "application");

        assertThat(received.subject()).isEqualTo("We have received " + applicant.council().name()
                + "'s application to join Social Value UK");
        assertThat(received.text()).contains(applicant.contactName());
        assertThat(platform.membership().get("/api/organisations/" + applicant.organisationId(),
                platform.adminToken()).text("/status")).isEqualTo("PENDING_APPROVAL");
    }
}
