package uk.socialvalue.notification.delivery.sending;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;

import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.MutableClock;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.email.EmailTemplates;
import uk.socialvalue.notification.unsubscribe.OptOuts;
import uk.socialvalue.notification.unsubscribe.UnsubscribeLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/**
 * An SMTP outage delays mail and loses none: emails wait in the delivery log with their attempts and last
 * error, survive the loss of the dispatcher that tried them, and go out exactly once when the server is back.
 */
@NotificationIntegrationTest
class SmtpOutageTests {

    private static final Duration PAST_FIRST_RETRY = Duration.ofMinutes(1).plusSeconds(1);

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MutableClock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    EmailTemplates templates;

    @Autowired
    JavaMailSenderImpl mail;

    @Autowired
    OptOuts optOuts;

    @Autowired
    UnsubscribeLinks unsubscribeLinks;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    TaskScheduler scheduler;

    private NotificationDispatcher restarted;

    @AfterEach
    void bringBackTheServerAndTheDispatcher() {
        if (!mailbox.server().isRunning()) {
            mailbox.server().start();
        }
        if (restarted != null) {
            restarted.stop();
        }
        if (!dispatcher.isRunning()) {
            dispatcher.start();
        }
    }

    @Test
    void deliversEveryEmailExactlyOnceAfterAnOutageAndARestart() {
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> address("outage" + i)).toList();
        mailbox.server().stop();

        recipients.forEach(recipient -> events.publish(TestEvents.applied(recipient)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recipients).allSatisfy(recipient ->
                assertThat(entryFor(recipient)).satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING);
                    assertThat(entry.attempts()).isEqualTo(1);
                    assertThat(entry.lastError()).contains("Cannot connect to SMTP server");
                })));

        // The service goes down with the emails still pending; a new instance knows only what the log holds.
        dispatcher.stop();
        restarted = new NotificationDispatcher(notifications, templates, mail, optOuts, unsubscribeLinks, clock,
                properties, scheduler);
        restarted.start();
        mailbox.server().start();
        clock.advance(PAST_FIRST_RETRY);

        recipients.forEach(recipient -> mailbox.awaitOne(recipient));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(recipients)
                .allSatisfy(recipient -> assertThat(entryFor(recipient).status()).isEqualTo(NotificationStatus.SENT)));
        assertThat(recipients).allSatisfy(recipient -> {
            assertThat(mailbox.to(recipient)).hasSize(1);
            assertThat(entryFor(recipient).attempts()).isEqualTo(2);
        });
    }

    @Test
    void marksAnEmailFailedAfterTheLastAttempt() {
        String ada = address("failing");
        mailbox.server().stop();

        events.publish(TestEvents.applied(ada));

        awaitAttempts(ada, 1);
        clock.advance(PAST_FIRST_RETRY);
        awaitAttempts(ada, 2);
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entryFor(ada)).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).contains("Cannot connect to SMTP server");
            assertThat(entry.nextAttemptAt()).isNull();
        }));

        mailbox.server().start();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();
        assertThat(mailbox.to(ada)).as("a FAILED email waits for an admin to resend it").isEmpty();
    }

    private void awaitAttempts(String recipient, int attempts) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(entryFor(recipient).attempts()).isEqualTo(attempts));
    }

    private Notification entryFor(String recipient) {
        var page = notifications.search(new NotificationQuery(recipient, null, EmailKind.APPLICATION_RECEIVED, 0, 10));
        assertThat(page.items()).hasSize(1);
        return page.items().get(0);
    }
}
