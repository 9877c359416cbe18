package uk.socialvalue.training.member;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.OrganisationStateChanged;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.contracts.membership.MembershipStatus.ACTIVE;
import static uk.socialvalue.contracts.membership.MembershipStatus.GRACE;
import static uk.socialvalue.contracts.membership.MembershipStatus.LAPSED;
import static uk.socialvalue.contracts.membership.MembershipStatus.PENDING_APPROVAL;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.member;
import static uk.socialvalue.training.TrainingFixtures.state;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

@TrainingIntegrationTest
class MembershipProjectionTests {

    static final Instant T0 = Instant.parse("2026-01-05T10:15:30.123Z");

    @Autowired
    TrainingFixtures fixtures;

    @Test
    void recordsAnActiveOrganisationAsAMemberForAdminsAndItsOwnContacts() {
        String organisationId = UUID.randomUUID().toString();

        fixtures.publish(state(organisationId, 1, ACTIVE, T0));

        Response member = awaitMember(organisationId, "ACTIVE");
        assertThat(member.text("/name")).isEqualTo("Salford");
        assertThat(member.text("/region")).isEqualTo("North West");
        assertThat(member.json().get("member").asBoolean()).isTrue();
        assertThat(member.text("/updatedAt")).isEqualTo(T0.toString());
        String path = "/api/member-organisations/" + organisationId;
        assertThat(fixtures.api().get(path, fixtures.contactOf(organisationId)).status()).isEqualTo(200);
        assertThat(fixtures.api().get(path, fixtures.contactOf(UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(fixtures.api().get(path, null).status()).isEqualTo(401);
        assertThat(fixtures.api().get("/api/member-organisations/" + UUID.randomUUID(), fixtures.admin()).status())
                .isEqualTo(404);
    }

    @Test
    void keepsTheNewestStateWhenStatesArriveTwiceAndOutOfOrder() {
        String organisationId = UUID.randomUUID().toString();
        OrganisationStateChanged active = state(organisationId, 2, ACTIVE, T0.plusSeconds(1));

        fixtures.publish(state(organisationId, 3, GRACE, T0.plus(Duration.ofDays(365))));
        fixtures.publish(active);
        fixtures.publish(state(organisationId, 1, PENDING_APPROVAL, T0));
        fixtures.publish(active);
        fixtures.publish(state(organisationId, 3, GRACE, T0.plus(Duration.ofDays(365))));
        fixtures.awaitConsumed(Topics.MEMBERSHIP_ORGANISATION_STATE);

        Response member = awaitMember(organisationId, "GRACE");
        assertThat(member.json().get("member").asBoolean()).isTrue();
        assertThat(member.text("/updatedAt")).isEqualTo(T0.plus(Duration.ofDays(365)).toString());

        fixtures.publish(state(organisationId, 4, LAPSED, T0.plus(Duration.ofDays(400))));
        fixtures.publish(active);
        fixtures.awaitConsumed(Topics.MEMBERSHIP_ORGANISATION_STATE);
        assertThat(awaitMember(organisationId, "LAPSED").json().get("member").asBoolean()).isFalse();
    }

    @Test
    void ordersStatesByTheOrganisationsVersionNotByTheProducersClock() {
        String organisationId = UUID.randomUUID().toString();
        // Written by two instances of membership-service whose clocks disagree, or in one write at one instant.
        fixtures.publish(state(organisationId, 5, GRACE, T0.plusSeconds(60)));
        fixtures.publish(state(organisationId, 6, LAPSED, T0));
        fixtures.publish(state(organisationId, 5, GRACE, T0.plusSeconds(60)));
        fixtures.awaitConsumed(Topics.MEMBERSHIP_ORGANISATION_STATE);

        awaitMember(organisationId, "LAPSED");
    }

    @Test
    void deadLettersAPoisonRecordAndGoesOnToTheNext() {
        String organisationId = UUID.randomUUID().toString();
        try (var deadLetters = new KafkaTestConsumer(fixtures.bootstrapServers(),
                List.of(Topics.deadLetterTopic(Topics.MEMBERSHIP_ORGANISATION_STATE, TrainingFixtures.GROUP)))) {

            fixtures.send(new ProducerRecord<>(Topics.MEMBERSHIP_ORGANISATION_STATE, organisationId,
                    "{not a cloud event".getBytes(StandardCharsets.UTF_8)));
            fixtures.publish(state(organisationId, 1, ACTIVE, T0));

            awaitMember(organisationId, "ACTIVE");
            assertThat(new String(deadLetters.awaitRecord(r -> organisationId.equals(r.key())).value(),
                    StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        }
    }

    @Test
    void pricesAtTheMemberRateOnlyFromActivationAndNeverRepricesEarlierBookings() {
        String organisationId = UUID.randomUUID().toString();
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String contact = fixtures.tokens().contact(organisationId, Role.ORG_ADMIN);
        Response before = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("a")), contact);
        assertThat(before.text("/price/basis")).isEqualTo("NON_MEMBER");

        fixtures.publish(member(organisationId));
        awaitMember(organisationId, "ACTIVE");

        Response after = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("b")), contact);
        assertThat(after.text("/price/basis")).isEqualTo("MEMBER");
        assertThat(after.text("/price/net")).isEqualTo("250.00");
        assertThat(after.text("/price/vat")).isEqualTo("50.00");
        assertThat(after.text("/price/gross")).isEqualTo("300.00");
        assertThat(after.text("/organisationName")).isEqualTo("Salford");
        Response earlier = fixtures.api().get("/api/bookings/" + before.text("/id"), contact);
        assertThat(earlier.text("/price/basis")).isEqualTo("NON_MEMBER");
        assertThat(earlier.text("/price/gross")).isEqualTo("480.00");
    }

    @Test
    void quotesWhatABookingWouldCostAtTheBasisItWouldBeCharged() {
        String organisationId = UUID.randomUUID().toString();
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        String contact = fixtures.contactOf(organisationId);
        String quote = "/api/sessions/" + sessionId + "/quote?seats=3";

        Response nonMember = fixtures.api().get(quote, contact);
        fixtures.publish(member(organisationId));
        awaitMember(organisationId, "ACTIVE");
        Response member = fixtures.api().get(quote, contact);
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("q1"), uniqueEmail("q2"), uniqueEmail("q3")), contact);

        assertThat(nonMember.status()).as(nonMember.toString()).isEqualTo(200);
        assertThat(nonMember.text("/basis")).isEqualTo("NON_MEMBER");
        assertThat(nonMember.text("/gross")).isEqualTo("1440.00");
        assertThat(member.json().toString()).as("the quote is what booking charges")
                .isEqualTo(booked.json().get("price").toString());
        assertThat(member.text("/net")).isEqualTo("750.00");
        assertThat(member.text("/vat")).isEqualTo("150.00");
        assertThat(fixtures.api().get("/api/sessions/" + sessionId + "/quote?seats=0", contact).text("/errors/0/field"))
                .isEqualTo("seats");
        assertThat(fixtures.api().get("/api/sessions/" + sessionId + "/quote?seats=11", contact).status()).isEqualTo(400);
        assertThat(fixtures.api().get(quote + "&organisationId=" + UUID.randomUUID(), contact).status())
                .as("a contact quotes only for their own organisation").isEqualTo(403);
        assertThat(fixtures.api().get(quote + "&organisationId=" + organisationId, fixtures.admin()).text("/basis"))
                .isEqualTo("MEMBER");
        assertThat(fixtures.api().get(quote, null).status()).isEqualTo(401);
    }

    @Test
    void pricesAnOrganisationInGraceAsAMember() {
        String organisationId = UUID.randomUUID().toString();
        String sessionId = fixtures.scheduleSession(10, Duration.ofDays(30));
        fixtures.publish(state(organisationId, 2, GRACE, Instant.now()));
        awaitMember(organisationId, "GRACE");

        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("g")),
                fixtures.contactOf(organisationId));

        assertThat(booked.text("/price/basis")).isEqualTo("MEMBER");
    }

    private Response awaitMember(String organisationId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response response = fixtures.api().get("/api/member-organisations/" + organisationId, fixtures.admin());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.text("/status")).isEqualTo(status);
        });
        return fixtures.api().get("/api/member-organisations/" + organisationId, fixtures.admin());
    }
}
