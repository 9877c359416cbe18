package uk.socialvalue.notification.personaldata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.Category;
import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.OptOuts;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What notification-service holds about a person, through the API with their own token; erasure through the
 * real listener, delivered twice, and racing the emails of events from before it; and no set-password link kept
 * in the log once the email is sent.
 */
@NotificationIntegrationTest
class PersonalDataTests {

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ApiClient http;

    @Autowired
    TestTokens tokens;

    @Autowired
    OptOuts optOuts;

    @Autowired
    MongoDatabase database;

    @Autowired
    Notifications notifications;

    @Test
    void theLogKeepsNoSetPasswordLinkOnceTheEmailIsSentAndCannotResendIt() {
        String ada = TestEvents.address("ada");
        var welcome = TestEvents.welcome(ada, "https://members.svuk.test/account/set-password?token=s3cr3t");

        events.publish(welcome);
        mailbox.awaitOne(ada);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Document entry = database.getCollection("notifications").find(Filters.eq("recipient", ada)).first();
            assertThat(entry.getString("status")).isEqualTo("SENT");
            assertThat(entry.get("model", Document.class)).doesNotContainKey("setupUrl");
        });
        String id = database.getCollection("notifications").find(Filters.eq("recipient", ada)).first()
                .getString("_id");
        assertThat(http.post("/api/notifications/" + id + "/resend", tokens.admin()).status())
                .as("the link is gone: ask for a new one").isEqualTo(409);
    }

    @Test
    void aPersonDownloadsTheirEmailsAndOptOutsAndErasureDeliveredTwiceRemovesThem() {
        String grace = TestEvents.address("grace");
        String personId = UUID.randomUUID().toString();
        events.publish(TestEvents.applied("org-" + UUID.randomUUID(), "Grace Hopper", grace));
        mailbox.awaitOne(grace);
        optOuts.record(new OptOut(grace, Category.RENEWAL_REMINDERS), Instant.now());
        String token = tokens.token(personId, "org-1", "Grace Hopper", grace,
                uk.socialvalue.support.security.Role.ORG_ADMIN);

        var mine = http.get("/api/account/personal-data", token);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("/service")).isEqualTo("notification-service");
        assertThat(mine.text("/emails/0/type")).isEqualTo("APPLICATION_RECEIVED");
        assertThat(mine.text("/emails/0/recipientName")).isEqualTo("Grace Hopper");
        assertThat(mine.text("/optedOutOf/0")).isEqualTo("RENEWAL_REMINDERS");

        var erased = new PersonErased(UUID.randomUUID().toString(), Instant.now(), personId, List.of(grace));
        events.publish(erased);
        events.publish(erased);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(database.getCollection("notifications").countDocuments(Filters.eq("recipient", grace)))
                    .isZero();
            assertThat(optOuts.of(grace)).isEmpty();
        });
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                http.get("/api/account/personal-data", token).status()).as("an erased person's tokens are revoked")
                .isEqualTo(401));
        assertThat(database.getCollection("notifications").find(Filters.eq("recipientName", "Grace Hopper")).first())
                .isNull();
    }

    @Test
    void anEventFromBeforeAnErasureArrivingAfterItSendsNothingWhileTheAddressGivenAgainIsEmailedAndKept() {
        String lin = TestEvents.address("lin");
        String organisation = "org-" + UUID.randomUUID();
        Instant erasedAt = Instant.now();
        events.publish(new PersonErased(UUID.randomUUID().toString(), erasedAt, UUID.randomUUID().toString(),
                List.of(lin)));
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.erasedAmong(List.of(lin), erasedAt).contains(lin));

        // The address given again since the erasure; then an event made before it, delivered late (as from
        // another topic), and after it one more made since, in order.
        events.publish(TestEvents.applied(organisation, "Lin Again", lin, erasedAt.plusSeconds(1)));
        assertThat(Mailbox.text(mailbox.awaitOne(lin))).contains("Lin Again");
        events.publish(TestEvents.applied(organisation, "Lin Before", lin, erasedAt.minusSeconds(1)));
        events.publish(TestEvents.applied(organisation, "Lin After", lin, erasedAt.plusSeconds(2)));

        assertThat(mailbox.awaitMessages(lin, 2)).extracting(Mailbox::text)
                .noneMatch(text -> text.contains("Lin Before")).anyMatch(text -> text.contains("Lin After"));
        assertThat(database.getCollection("notifications").find(Filters.eq("recipientName", "Lin Before")).first())
                .isNull();
        assertThat(database.getCollection("notifications").countDocuments(Filters.eq("recipient", lin)))
                .as("the emails since the erasure, kept as they were").isEqualTo(2);
        assertThat(database.getCollection("notifications").find(Filters.eq("recipientName", "Lin Again")).first())
                .isNotNull();
    }

    @Test
    void erasuresRacingEmailsFromBeforeThemLeaveNothingOfTheirPeople() {
        int people = 40;
        Instant erasedAt = Instant.now();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String address = TestEvents.address("racer" + i);
            addresses.add(address);
            events.publish(new PersonErased(UUID.randomUUID().toString(), erasedAt, UUID.randomUUID().toString(),
                    List.of(address)));
        }
        // Once the erasures are under way, the emails of events from before them, on another topic read by another
        // consumer at the same time: an email may be handled before its person's erasure or after it.
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.erasedAmong(addresses, erasedAt).contains(addresses.get(0)));
        for (int i = 0; i < people; i++) {
            events.publish(TestEvents.applied("org-" + UUID.randomUUID(), "Racer " + i, addresses.get(i),
                    erasedAt.minusMillis(500)));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(addresses).allSatisfy(address ->
                assertThat(notifications.erasedAmong(List.of(address), erasedAt)).containsExactly(address)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(database.getCollection("notifications").countDocuments(Filters.in("recipient", addresses)))
                    .as("entries to the erased addresses").isZero();
            assertThat(database.getCollection("notifications").countDocuments(Filters.regex("recipientName",
                    "^Racer "))).as("entries with their names").isZero();
            assertThat(database.getCollection("outgoingEmails").countDocuments(Filters.in("recipient", addresses)))
                    .as("emails still to go to them").isZero();
        });
    }
}
