package uk.socialvalue.membership;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives membership-service through its API the way a portal would, to set up members for a test:
 * apply, approve, follow the emailed set-password link (read from the event that feeds the email) and sign in.
 */
public final class Members {

    public static final String PASSWORD = "a long enough password";

    private final ApiClient api;
    private final String kafka;
    private final EventCodec codec;

    public Members(int port, String kafka, EventCodec codec) {
        this.api = ApiClient.onPort(port);
        this.kafka = kafka;
        this.codec = codec;
    }

    /** A signed-in person. */
    public record SignedIn(String organisationId, String personId, String email, String token) {
    }

    public String adminToken() {
        return signIn(MembershipIntegrationTest.ADMIN_EMAIL, MembershipIntegrationTest.ADMIN_PASSWORD);
    }

    /** Applies for a council by GSS code; returns the organisation id. */
    public String apply(String gssCode, String email) {
        Response response = api.post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", gssCode),
                "contact", Map.of("name", "Primary Contact", "email", email, "jobTitle", "Procurement lead"),
                "membershipType", "LOCAL_AUTHORITY"), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("/organisationId");
    }

    /** A council that applied, was approved, and whose primary contact set a password and signed in. */
    public SignedIn approvedCouncil(String gssCode) {
        String email = Unique.email("primary", "council.example");
        String organisationId = apply(gssCode, email);
        Response approval = api.post("/api/organisations/" + organisationId + "/approval", null, adminToken());
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        return activate(organisationId, email);
    }

    /** Follows the set-password link sent to this email for the organisation, then signs in. */
    public SignedIn activate(String organisationId, String email) {
        PasswordSetupRequested setup = setupRequestFor(email);
        String token = UriComponentsBuilder.fromUri(URI.create(TestLinkKeys.get().open(setup.sealedSetupUrl()))).build().getQueryParams()
                .getFirst("token");
        Response set = api.post("/api/account/password", Map.of("token", token, "password", PASSWORD), null);
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        return new SignedIn(organisationId, setup.personId(), email, signIn(email, PASSWORD));
    }

    public PasswordSetupRequested setupRequestFor(String email) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ACCOUNTS))) {
            var record = consumer.awaitRecord(r -> codec.decode(r)
                    .filter(e -> e instanceof PasswordSetupRequested p && p.email().equalsIgnoreCase(email))
                    .isPresent());
            return (PasswordSetupRequested) codec.decode(record).orElseThrow();
        }
    }

    public String signIn(String email, String password) {
        Response response = api.post("/api/auth/token", Map.of("email", email, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("/access_token");
    }
}
