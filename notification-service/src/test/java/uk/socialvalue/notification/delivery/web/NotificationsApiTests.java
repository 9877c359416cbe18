package uk.socialvalue.notification.delivery.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.delivery.RetrySchedule;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.TestTokens;
import uk.socialvalue.support.test.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/** The delivery log for SVUK staff, and only for them. */
@NotificationIntegrationTest
class NotificationsApiTests {

    /** How far apart two entries recorded at once may be numbered against their creation times, at most. */
    private static final Duration RECORDED_AT_ONCE = Duration.ofSeconds(2);

    @Autowired
    ApiClient http;

    @Autowired
    TestTokens tokens;

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Notifications notifications;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Test
    void asksForATokenWithoutOne() {
        assertThat(http.get("/api/notifications", null).status()).isEqualTo(401);
        assertThat(http.post("/api/notifications/" + UUID.randomUUID() + "/resend", null).status()).isEqualTo(401);
    }

    @Test
    void forbidsTheLogToAnOrganisationAdmin() {
        String orgAdmin = tokens.contact(UUID.randomUUID().toString(), Role.ORG_ADMIN);

        assertThat(http.get("/api/notifications", orgAdmin).status()).isEqualTo(403);
        assertThat(http.post("/api/notifications/" + UUID.randomUUID() + "/resend", orgAdmin).status())
                .isEqualTo(403);
    }

    @Test
    void showsAnAdminWhatWasSentToARecipient() {
        String ada = address("ada");
        var applied = TestEvents.applied(ada);
        events.publish(applied);
        mailbox.awaitOne(ada);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = search("?recipient=" + ada.toUpperCase() + "&status=SENT&type=APPLICATION_RECEIVED");
            assertThat(page.get("total").asLong()).isEqualTo(1);
            assertThat(page.get("page").asInt()).isZero();
            assertThat(page.get("size").asInt()).isEqualTo(20);
            JsonNode item = page.get("items").get(0);
            assertThat(item.get("id").asString()).isEqualTo(Notification.idFor(applied.eventId(), ada));
            assertThat(item.get("eventId").asString()).isEqualTo(applied.eventId());
            assertThat(item.get("type").asString()).isEqualTo("APPLICATION_RECEIVED");
            assertThat(item.get("recipient").asString()).isEqualTo(ada);
            assertThat(item.get("subject").asString()).contains("application to join Social Value UK");
            assertThat(item.get("status").asString()).isEqualTo("SENT");
            assertThat(item.get("attempts").asInt()).isEqualTo(1);
            assertThat(item.get("lastError").isNull()).isTrue();
            assertThat(item.get("createdAt").asString()).isNotBlank();
            assertThat(item.get("sentAt").asString()).isNotBlank();
        });
    }

    @Test
    void pagesThroughTheLog() {
        String ada = address("ada");
        String organisationId = UUID.randomUUID().toString();
        events.publish(TestEvents.applied(organisationId, "Ada", ada));
        events.publish(TestEvents.lapsed(organisationId, ada));
        events.publish(TestEvents.renewalDue(organisationId, ada));
        mailbox.awaitMessages(ada, 3);

        JsonNode second = search("?recipient=" + ada + "&page=1&size=2");

        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("items")).hasSize(1);
        assertThat(search("?recipient=" + ada + "&type=MEMBERSHIP_LAPSED").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void pagesThroughTheWholeLogNewestFirstWithoutMissingOrRepeatingAnEntry() {
        String ada = address("ada");
        String organisationId = UUID.randomUUID().toString();
        events.publish(TestEvents.applied(organisationId, "Ada", ada));
        mailbox.awaitOne(ada);
        events.publish(TestEvents.lapsed(organisationId, ada));
        mailbox.awaitMessages(ada, 2);
        List<String> adas = search("?recipient=" + ada).get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();

        long total = search("?size=1").get("total").asLong();
        List<JsonNode> paged = new ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            search("?size=7&page=" + page).get("items").valueStream().forEach(paged::add);
        }

        assertThat(paged).extracting(item -> item.get("id").asString()).hasSize((int) total).doesNotHaveDuplicates()
                .startsWith(adas.toArray(String[]::new));
        // Newest first in the order the entries were numbered as they were written. Two recorded at once by two
        // consumers may be numbered the other way round from their creation times, by the moment between
        // creating and numbering an entry (MongoNotifications#newest), a millisecond when seen here.
        List<Instant> created = paged.stream().map(item -> Instant.parse(item.get("createdAt").asString())).toList();
        for (int i = 1; i < created.size(); i++) {
            assertThat(created.get(i)).as("entry %d of %d, newest first", i, created.size())
                    .isBefore(created.get(i - 1).plus(RECORDED_AT_ONCE));
        }
        assertThat(created.get(0)).as("newest first").isAfter(created.get(created.size() - 1));
    }

    @Test
    void turnsDownABadFilterOrPageSize() {
        String admin = tokens.admin();

        assertThat(http.get("/api/notifications?status=LOST", admin).status()).isEqualTo(400);
        assertThat(http.get("/api/notifications?size=1000", admin).status()).isEqualTo(400);
    }

    @Test
    void resendsAFailedEmail() throws Exception {
        String ada = address("ada");
        Notification failed = failedEntry(ada);

        var response = http.post("/api/notifications/" + failed.id() + "/resend", tokens.admin());

        assertThat(response.status()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("PENDING");
        assertThat(mailbox.awaitOne(ada).getSubject()).contains("application to join Social Value UK");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.byId(failed.id()))
                .hasValueSatisfying(entry -> assertThat(entry.status()).isEqualTo(NotificationStatus.SENT)));
    }

    @Test
    void givesAnEmailAMessageIdOfItsOwnAndAResendAnotherSoOnlyRepeatsLookTheSame() throws Exception {
        String ada = address("ada");
        var applied = TestEvents.applied(ada);
        String id = Notification.idFor(applied.eventId(), ada);
        events.publish(applied);
        MimeMessage first = mailbox.awaitOne(ada);
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.byId(id)
                .filter(entry -> entry.status() == NotificationStatus.SENT).isPresent());

        assertThat(http.post("/api/notifications/" + id + "/resend", tokens.admin()).status()).isEqualTo(202);
        MimeMessage again = mailbox.awaitMessages(ada, 2).get(1);

        assertThat(first.getMessageID()).isEqualTo("<" + id + "@socialvalueuk.org>");
        assertThat(again.getMessageID()).isEqualTo("<" + id + ".1@socialvalueuk.org>");
        assertThat(again.getSubject()).isEqualTo(first.getSubject());
    }

    @Test
    void answersNotFoundForAnUnknownEmail() {
        assertThat(http.post("/api/notifications/" + UUID.randomUUID() + "/resend", tokens.admin()).status())
                .isEqualTo(404);
    }

    private JsonNode search(String query) {
        var response = http.get("/api/notifications" + query, tokens.admin());
        assertThat(response.status()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private Notification failedEntry(String recipient) {
        var request = new NotificationRequest(UUID.randomUUID().toString(), "membership.MembershipApplied.v1",
                EmailKind.APPLICATION_RECEIVED, recipient, "Ada Lovelace", Map.of("organisationName", "Salford"));
        Notification failed = Notification.requested(request, clock.instant())
                .failed("SMTP said no", clock.instant(), new RetrySchedule(1, Duration.ZERO, 1.0, Duration.ZERO));
        notifications.recordAll(List.of(failed), "an-admin-test", clock.instant());
        return failed;
    }
}
