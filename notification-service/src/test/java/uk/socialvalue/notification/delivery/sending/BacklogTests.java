package uk.socialvalue.notification.delivery.sending;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/**
 * A backlog of due emails many times the size of the queue (what an SMTP outage or a crashed instance leaves in
 * the store) goes out as fast as the senders take it, not a queueful per poll interval.
 */
@NotificationIntegrationTest
class BacklogTests {

    private static final int BACKLOG = 250;

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    JavaMailSenderImpl mail;

    @Autowired
    ApplicationContext context;

    private NotificationDispatcher hourly;

    @AfterEach
    void bringBackTheServicesDispatcher() {
        if (hourly != null) {
            hourly.stop();
        }
        if (!dispatcher.isRunning()) {
            dispatcher.start();
        }
    }

    @Test
    void sendsABacklogTenTimesTheQueueWithoutWaitingAPollIntervalForEachQueueful() {
        long pendingBefore = pending();
        dispatcher.stop(); // the emails are recorded and wait in the store, as an outage leaves them
        List<String> recipients = IntStream.range(0, BACKLOG).mapToObj(i -> address("backlog" + i)).toList();
        // one organisation's contacts: one partition, recorded in order, as the log's other tests expect of it
        String organisationId = UUID.randomUUID().toString();
        recipients.forEach(recipient -> events.publish(TestEvents.applied(organisationId, "Contact", recipient)));
        await().atMost(Duration.ofSeconds(60)).until(() -> pending() >= pendingBefore + BACKLOG);

        // A queue of 25 and a poll interval of an hour: only looking again at once while more are due sends them.
        hourly = SecondDispatcher.of(context, mail, Duration.ofHours(1), 5, 2, 25, properties.queueWait());
        hourly.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mailbox.countsTo(recipients).values())
                .as("emails to each of the %d recipients", BACKLOG).containsOnly(1L));
    }

    private long pending() {
        return notifications.search(new NotificationQuery(null, NotificationStatus.PENDING,
                EmailKind.APPLICATION_RECEIVED, 0, 1)).total();
    }
}
