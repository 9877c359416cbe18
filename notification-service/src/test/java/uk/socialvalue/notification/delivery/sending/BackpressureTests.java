package uk.socialvalue.notification.delivery.sending;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event listener hands fresh emails to the senders through a bounded queue. While the senders take from it,
 * the listener waits for room, so a burst waits in Kafka and nothing is left for the poll (whose look at the
 * outgoing set reads it whole on the embedded store); once a wait for room runs out (the senders are stuck on a
 * stalled server), what does not fit is let go into the store at once, and the poll sends it when the server
 * answers. Each test drives a dispatcher of its own, one sender and a queue of five, against a server that holds
 * its answers until the test opens it.
 */
@NotificationIntegrationTest
class BackpressureTests {

    private static final int BURST = 30;
    private static final int QUEUE = 5;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    MongoDatabase database;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private final HeldSmtpServer server = new HeldSmtpServer();
    private NotificationDispatcher held;

    @AfterEach
    void bringBackTheServicesDispatcher() {
        server.close();
        if (held != null) {
            held.stop();
        }
        if (!dispatcher.isRunning()) {
            dispatcher.start();
        }
    }

    @Test
    void theListenerWaitsForRoomWhileTheSendersWorkThroughTheQueue() {
        // a wait for room far longer than the server is held, and a poll an hour away
        held = dispatcher(Duration.ofSeconds(8), Duration.ofHours(1));
        List<Notification> burst = recordBurst();

        CompletableFuture<Void> listener = CompletableFuture.runAsync(() -> held.sendSoon(burst));

        await().atMost(Duration.ofSeconds(10)).until(() -> server.waiting() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> !listener.isDone() && released(burst) == 0);
        server.open();

        await().atMost(Duration.ofSeconds(20)).until(listener::isDone);
        assertThat(released(burst)).as("emails left for the poll").isZero();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(burst).allSatisfy(email ->
                assertThat(notifications.byId(email.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT)));
        assertThat(server.accepted()).as("each email sent once").containsAll(recipients(burst))
                .filteredOn(recipients(burst)::contains).hasSize(BURST);
    }

    @Test
    void whenTheSendersStallWhatDoesNotFitWaitsInTheStoreForThePoll() {
        held = dispatcher(Duration.ofMillis(300), Duration.ofMillis(200));
        List<Notification> burst = recordBurst();

        CompletableFuture<Void> listener = CompletableFuture.runAsync(() -> held.sendSoon(burst));

        // the sender is stuck on its first batch and the queue is full: the listener's wait runs out once, and
        // it returns with the server still holding the first email
        await().atMost(Duration.ofSeconds(5)).until(listener::isDone);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.waiting() == 1);
        assertThat(server.accepted()).isEmpty();
        assertThat(released(burst)).as("emails let go into the store").isGreaterThanOrEqualTo(BURST - 2 * QUEUE);

        server.open();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(burst).allSatisfy(email ->
                assertThat(notifications.byId(email.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT)));
        assertThat(server.accepted()).as("each email sent once").containsAll(recipients(burst))
                .filteredOn(recipients(burst)::contains).hasSize(BURST);
    }

    /** A dispatcher sending to the held server: one sender taking batches of five from a queue of five. */
    private NotificationDispatcher dispatcher(Duration queueWait, Duration pollInterval) {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(server.port());
        NotificationDispatcher started = SecondDispatcher.of(context, mail, pollInterval, QUEUE, 1, QUEUE, queueWait);
        dispatcher.stop(); // so that the service's own dispatcher leaves the released emails to this one
        started.start();
        return started;
    }

    /** Records a burst of emails as the listener does, held by the test's dispatcher, before it hands them over. */
    private List<Notification> recordBurst() {
        String event = UUID.randomUUID().toString();
        List<Notification> burst = IntStream.range(0, BURST).mapToObj(i -> Notification.requested(
                new NotificationRequest(event, "membership.MembershipApplied.v1", EmailKind.APPLICATION_RECEIVED,
                        "person" + i + "@backpressure.example", "Person " + i, Map.of("organisationName", "Salford")),
                clock.instant())).toList();
        burst.forEach(email -> assertThat(notifications.recordAll(List.of(email), held.claimant(),
                clock.instant().plus(properties.lease()))).containsExactly(email));
        return burst;
    }

    private static List<String> recipients(List<Notification> burst) {
        return burst.stream().map(Notification::recipient).toList();
    }

    /** How many of the burst wait in the outgoing set held by no one, for the poll. */
    private long released(List<Notification> burst) {
        return database.getCollection("outgoingEmails").countDocuments(Filters.and(
                Filters.in("_id", burst.stream().map(Notification::id).toList()), Filters.exists("leaseOwner", false)));
    }
}
