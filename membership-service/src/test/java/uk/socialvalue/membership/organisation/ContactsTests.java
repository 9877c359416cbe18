package uk.socialvalue.membership.organisation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.Members.SignedIn;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Officer turnover: contacts added, handed the primary role, and removed, each by the right person. */
@MembershipIntegrationTest
class ContactsTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Test
    void thePrimaryContactAddsAColleagueWhoIsInvitedToSetAPassword() {
        SignedIn wigan = members().approvedCouncil("E08000010");

        Response added = api().post("/api/organisations/" + wigan.organisationId() + "/contacts",
                Map.of("name", "Grace Hopper", "email", "grace@wigan.example", "jobTitle", "Commissioner"), wigan.token());

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("/role")).isEqualTo("MEMBER");
        PasswordSetupRequested invitation = members().setupRequestFor("grace@wigan.example");
        assertThat(invitation.reason()).isEqualTo(PasswordSetupRequested.Reason.CONTACT_ADDED);
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_CONTACTS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("membership.ContactAdded.v1")
                    .and(r -> wigan.organisationId().equals(r.key())));
        }
        SignedIn grace = members().activate(wigan.organisationId(), "grace@wigan.example");
        Response contacts = api().get("/api/organisations/" + wigan.organisationId() + "/contacts", grace.token());
        assertThat(contacts.json().valueStream().map(c -> c.get("email").asString()))
                .containsExactlyInAnyOrder(wigan.email(), "grace@wigan.example");
        assertThat(api().post("/api/organisations/" + wigan.organisationId() + "/contacts",
                Map.of("name", "Someone", "email", "someone@wigan.example"), grace.token()).status())
                .as("an ORG_MEMBER cannot add contacts").isEqualTo(403);
        assertThat(api().post("/api/organisations/" + wigan.organisationId() + "/contacts",
                Map.of("name", "Grace Again", "email", "GRACE@wigan.example"), wigan.token()).status())
                .as("an email address belongs to one contact").isEqualTo(409);
    }

    @Test
    void aCouncilCannotSeeOrChangeAnothersContacts() {
        SignedIn bolton = members().approvedCouncil("E08000001");
        SignedIn bury = members().approvedCouncil("E08000002");

        assertThat(api().get("/api/organisations/" + bury.organisationId() + "/contacts", bolton.token()).status())
                .isEqualTo(404);
        assertThat(api().post("/api/organisations/" + bury.organisationId() + "/contacts",
                Map.of("name", "Intruder", "email", "intruder@bolton.example"), bolton.token()).status()).isEqualTo(404);
        assertThat(api().get("/api/organisations/" + bury.organisationId(), bolton.token()).status()).isEqualTo(404);
    }

    @Test
    void thePrimaryRoleIsHandedOverAndTheFormerPrimaryLeavesWithoutLosingHistory() {
        SignedIn rochdale = members().approvedCouncil("E08000005");
        api().post("/api/organisations/" + rochdale.organisationId() + "/contacts",
                Map.of("name", "Next Lead", "email", "next@rochdale.example"), rochdale.token());
        SignedIn next = members().activate(rochdale.organisationId(), "next@rochdale.example");

        Response handedOver = api().post("/api/organisations/" + rochdale.organisationId() + "/primary-contact",
                Map.of("personId", next.personId()), rochdale.token());
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        String nextAsPrimary = members().signIn("next@rochdale.example", Members.PASSWORD);
        Response removed = api().delete("/api/organisations/" + rochdale.organisationId() + "/contacts/"
                + rochdale.personId(), nextAsPrimary);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(api().post("/api/auth/token", Map.of("email", rochdale.email(), "password", Members.PASSWORD), null)
                .status()).as("a removed contact cannot sign in").isEqualTo(401);
        Response organisation = api().get("/api/organisations/" + rochdale.organisationId(), nextAsPrimary);
        assertThat(organisation.json().get("contacts").valueStream().map(c -> c.get("email").asString()))
                .containsExactly("next@rochdale.example");
        assertThat(organisation.json().get("formerContacts").valueStream().map(c -> c.at("/email").asString()))
                .containsExactly(rochdale.email());
    }

    @Test
    void eachContactDecidesAboutInvitationsAndAnAdminCanSeeIt() {
        SignedIn oldham = members().approvedCouncil("E08000004");
        String path = "/api/organisations/" + oldham.organisationId() + "/contacts/" + oldham.personId() + "/preferences";

        Response optedOut = api().put(path, Map.of("workingGroupInvitations", false), oldham.token());
        Response byAdmin = api().put(path, Map.of("workingGroupInvitations", true), members().adminToken());

        assertThat(optedOut.status()).as(optedOut.toString()).isEqualTo(200);
        assertThat(byAdmin.status()).as("the choice is theirs").isEqualTo(403);
        Response seenByAdmin = api().get("/api/organisations/" + oldham.organisationId() + "/contacts",
                members().adminToken());
        assertThat(seenByAdmin.json().get(0).get("workingGroupInvitations").asBoolean()).isFalse();
    }

    private Members members() {
        return new Members(port, kafka, codec);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
