package uk.socialvalue.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery log's order: emails recorded at once by several consumers (one per partition) each get a number
 * of their own, so each is on the log's pages once.
 */
@NotificationIntegrationTest
class LogOrderTests {

    @Autowired
    Notifications notifications;

    @Autowired
    MongoDatabase database;

    @Test
    void emailsRecordedAtOnceEachGetANumberOfTheirOwn() throws Exception {
        String event = UUID.randomUUID().toString();
        Instant at = Instant.now(); // one instant for all: the whole log, read by number, stays newest first
        List<Notification> emails = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            emails.add(Notification.requested(new NotificationRequest(event, "membership.MembershipApplied.v1",
                    EmailKind.APPLICATION_RECEIVED, "person" + i + "@log-order.example", "Person " + i,
                    Map.of("organisationName", "Salford")), at));
        }
        List<Callable<List<Notification>>> recordings = emails.stream().<Callable<List<Notification>>>map(email ->
                () -> notifications.recordAll(List.of(email), "log-order-test",
                        Instant.now().plus(Duration.ofMinutes(5)))).toList();

        ExecutorService consumers = Executors.newFixedThreadPool(16);
        List<Future<List<Notification>>> recorded;
        try {
            recorded = consumers.invokeAll(recordings);
        } finally {
            consumers.shutdown();
        }

        for (Future<List<Notification>> each : recorded) {
            assertThat(each.get()).as("recorded without a clash of numbers").hasSize(1);
        }
        List<Document> numbered = database.getCollection(MongoNotifications.LOG_ORDER)
                .find(Filters.in("notificationId", emails.stream().map(Notification::id).toList()))
                .into(new ArrayList<>());
        assertThat(numbered).hasSize(400);
        assertThat(numbered.stream().map(entry -> entry.get("_id")).distinct()).hasSize(400);
    }

    @Test
    void theNewEmailsOfEachEventAreNumberedTogetherWithoutAClash() throws Exception {
        Instant at = Instant.now();
        Instant leaseUntil = at.plus(Duration.ofMinutes(5));
        List<List<Notification>> events = new ArrayList<>();
        for (int e = 0; e < 100; e++) {
            String event = UUID.randomUUID().toString();
            List<Notification> emails = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                emails.add(Notification.requested(new NotificationRequest(event, "training.BookingConfirmed.v1",
                        EmailKind.APPLICATION_RECEIVED, "person" + i + "@event" + e + ".example", "Person " + i,
                        Map.of("organisationName", "Salford")), at));
            }
            events.add(emails);
        }
        // Each event's first email is in the log already, as a redelivery after a recording cut short finds it.
        events.forEach(emails -> assertThat(notifications.recordAll(List.of(emails.get(0)), "log-order-test",
                leaseUntil)).containsExactly(emails.get(0)));
        List<Callable<List<Notification>>> recordings = events.stream().<Callable<List<Notification>>>map(emails ->
                () -> notifications.recordAll(emails, "log-order-test", leaseUntil)).toList();

        ExecutorService consumers = Executors.newFixedThreadPool(16);
        List<Future<List<Notification>>> recorded;
        try {
            recorded = consumers.invokeAll(recordings);
        } finally {
            consumers.shutdown();
        }

        List<String> ids = events.stream().flatMap(List::stream).map(Notification::id).toList();
        Map<String, Long> numbers = new HashMap<>();
        database.getCollection(MongoNotifications.LOG_ORDER).find(Filters.in("notificationId", ids))
                .forEach(entry -> numbers.put(entry.getString("notificationId"), entry.getLong("_id")));
        assertThat(numbers).as("every email numbered once").hasSize(300);
        assertThat(numbers.values().stream().distinct()).hasSize(300);
        for (int e = 0; e < events.size(); e++) {
            List<Notification> emails = events.get(e);
            assertThat(recorded.get(e).get()).as("only the new ones").containsExactlyElementsOf(emails.subList(1, 3));
            assertThat(numbers.get(emails.get(2).id())).as("an event's new emails numbered together")
                    .isEqualTo(numbers.get(emails.get(1).id()) + 1);
        }
        assertThat(database.getCollection(MongoNotifications.OUTGOING).countDocuments(Filters.in("_id", ids)))
                .as("every email in the outgoing set, held by its recorder").isEqualTo(300);
    }
}
