package uk.socialvalue.notification.unsubscribe;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.test.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/** A one-click unsubscribe stops non-essential mail to the address, and only that. */
@NotificationIntegrationTest
class UnsubscribeTests {

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ApiClient http;

    @Autowired
    Notifications notifications;

    @Test
    void suppressesRemindersOnceTheRecipientUnsubscribes() throws Exception {
        String ada = address("ada");
        String organisationId = UUID.randomUUID().toString();
        events.publish(TestEvents.renewalDue(organisationId, ada));
        MimeMessage reminder = mailbox.awaitOne(ada);

        assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = reminder.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<https://notifications.svuk.test/api/unsubscribe/").endsWith(">");
        URI link = URI.create(header.substring(1, header.length() - 1));
        assertThat(Mailbox.text(reminder)).contains(link.toString());

        var response = http.postForm(link.getPath(), "List-Unsubscribe=One-Click");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"unsubscribed\":true");

        events.publish(TestEvents.renewalDue(organisationId, ada));
        events.publish(TestEvents.lapsed(organisationId, ada));

        MimeMessage lapsed = mailbox.awaitMessages(ada, 2).get(1);
        assertThat(lapsed.getSubject()).isEqualTo("Salford's Social Value UK membership has lapsed");
        assertThat(lapsed.getHeader("List-Unsubscribe")).isNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications
                .search(new NotificationQuery(ada, null, EmailKind.RENEWAL_DUE, 0, 10)).items())
                .extracting(entry -> entry.status())
                .containsExactlyInAnyOrder(NotificationStatus.SENT, NotificationStatus.SUPPRESSED));
        assertThat(mailbox.to(ada)).hasSize(2);
    }

    @Test
    void showsAConfirmationPageWithoutUnsubscribing() {
        String ada = address("ada");
        events.publish(TestEvents.renewalDue(UUID.randomUUID().toString(), ada));
        String header = headerOf(mailbox.awaitOne(ada));
        String path = URI.create(header.substring(1, header.length() - 1)).getPath();

        var page = http.get(path, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", ada, "/assets/svuk-pages.css");
        assertThat(http.get("/assets/svuk-pages.css", null).status()).isEqualTo(200);
    }

    @Test
    void describesALinkWithoutUnsubscribingThenSaysItIsDone() {
        String ada = address("ada");
        events.publish(TestEvents.renewalDue(UUID.randomUUID().toString(), ada));
        String header = headerOf(mailbox.awaitOne(ada));
        String path = URI.create(header.substring(1, header.length() - 1)).getPath();

        var before = http.get(path + "/details", null);
        http.postForm(path, "List-Unsubscribe=One-Click");
        var after = http.get(path + "/details", null);

        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.text("/category")).isEqualTo("RENEWAL_REMINDERS");
        assertThat(before.text("/label")).isEqualTo("renewal reminders");
        assertThat(before.text("/address")).isEqualTo(ada);
        assertThat(before.json().get("unsubscribed").asBoolean()).isFalse();
        assertThat(after.json().get("unsubscribed").asBoolean()).isTrue();
        assertThat(http.get("/api/unsubscribe/YWRhQGV4YW1wbGUub3Jn.Zm9yZ2Vk/details", null).status()).isEqualTo(400);
    }

    @Test
    void refusesAForgedToken() {
        assertThat(http.postForm("/api/unsubscribe/" + "YWRhQGV4YW1wbGUub3Jn.Zm9yZ2Vk", "List-Unsubscribe=One-Click").status())
                .isEqualTo(400);
    }

    private static String headerOf(MimeMessage message) {
        try {
            return message.getHeader("List-Unsubscribe")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
