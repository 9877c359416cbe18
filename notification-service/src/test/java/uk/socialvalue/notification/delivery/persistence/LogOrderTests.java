package uk.socialvalue.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        List<Callable<Boolean>> recordings = emails.stream().<Callable<Boolean>>map(email -> () ->
                notifications.record(email, "log-order-test", Instant.now().plus(Duration.ofMinutes(5)))).toList();

        ExecutorService consumers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> recorded;
        try {
            recorded = consumers.invokeAll(recordings);
        } finally {
            consumers.shutdown();
        }

        for (Future<Boolean> each : recorded) {
            assertThat(each.get()).as("recorded without a clash of numbers").isTrue();
        }
        List<Document> numbered = database.getCollection(MongoNotifications.LOG_ORDER)
                .find(Filters.in("notificationId", emails.stream().map(Notification::id).toList()))
                .into(new ArrayList<>());
        assertThat(numbered).hasSize(400);
        assertThat(numbered.stream().map(entry -> entry.get("_id")).distinct()).hasSize(400);
    }
}
