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

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.outbox.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims of due emails, made at once by several instances (and by two claims of one instance), each take an
 * email once; an instance whose lease ran out while it was sending learns that it lost the email to the one
 * holding it now, and one whose recipient was erased meanwhile keeps nothing of them. Each test has a delivery
 * log of its own, in a database of its own, which the service's
 * dispatcher does not poll.
 */
@NotificationIntegrationTest
class ClaimTests {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    MongoClient client;

    @Autowired
    Outbox outbox;

    private Notifications notifications;

    @BeforeEach
    void aDeliveryLogOfItsOwn() {
        notifications = new MongoNotifications(new AggregateStores(
                client.getDatabase("claims-" + UUID.randomUUID()), outbox, List.of()), "claims-test-secret");
    }

    @Test
    void claimsMadeAtOnceTakeEachDueEmailOnce() throws Exception {
        Instant due = Instant.now();
        List<String> backlog = recordDue(300, due).stream().map(Notification::id).toList();
        // four instances, one of them claiming on two threads at once under one name
        List<String> claimants = List.of("instance-a", "instance-b", "instance-c", "instance-d", "instance-d");
        List<Callable<List<Notification>>> claiming = claimants.stream().<Callable<List<Notification>>>map(
                claimant -> () -> {
                    List<Notification> taken = new ArrayList<>();
                    List<Notification> claim;
                    do {
                        claim = notifications.claimDue(due, LEASE, claimant, 20);
                        taken.addAll(claim);
                    } while (!claim.isEmpty());
                    return taken;
                }).toList();

        ExecutorService instances = Executors.newFixedThreadPool(claimants.size());
        List<Future<List<Notification>>> claimed;
        try {
            claimed = instances.invokeAll(claiming);
        } finally {
            instances.shutdown();
        }

        List<String> taken = new ArrayList<>();
        for (Future<List<Notification>> each : claimed) {
            each.get().forEach(email -> taken.add(email.id()));
        }
        assertThat(taken).as("every due email claimed, none twice").hasSize(backlog.size())
                .containsExactlyInAnyOrderElementsOf(backlog);
    }

    @Test
    void anInstanceWhoseLeaseRanOutLearnsWhichEmailsItLost() {
        Instant due = Instant.now();
        List<Notification> emails = recordDue(3, due);
        List<Notification> slow = notifications.claimDue(due, Duration.ofMinutes(1), "slow-instance", 3);
        assertThat(slow).extracting(Notification::id)
                .containsExactlyInAnyOrderElementsOf(emails.stream().map(Notification::id).toList());

        // the slow instance's lease runs out before it settles the batch: another takes over one email
        Instant later = due.plus(Duration.ofMinutes(2));
        List<Notification> takenOver = notifications.claimDue(later, LEASE, "other-instance", 1);
        assertThat(takenOver).hasSize(1);
        String lost = takenOver.get(0).id();

        List<Notification> stored = notifications.complete(slow.stream().map(email -> email.sent(later)).toList(),
                "slow-instance");
        assertThat(stored).extracting(Notification::id).hasSize(2).doesNotContain(lost);

        assertThat(notifications.complete(List.of(takenOver.get(0).sent(later)), "other-instance"))
                .extracting(Notification::id).containsExactly(lost);
        assertThat(notifications.claimDue(later.plus(Duration.ofHours(1)), LEASE, "another-look", 10))
                .as("settled emails leave the outgoing set").isEmpty();
        assertThat(emails).allSatisfy(email ->
                assertThat(notifications.byId(email.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void anEmailWhoseRecipientIsErasedWhileItIsBeingSentKeepsNothingOfThem() {
        Instant due = Instant.now();
        Notification email = recordDue(1, due).get(0);
        List<Notification> sending = notifications.claimDue(due, LEASE, "sending-instance", 10);
        assertThat(sending).extracting(Notification::id).containsExactly(email.id());

        notifications.eraseRecipient(email.recipient(), due.plusSeconds(1));
        List<Notification> stored = notifications.complete(List.of(sending.get(0).sent(due.plusSeconds(2))),
                "sending-instance");

        assertThat(stored).as("it was sent, and says so").extracting(Notification::id).containsExactly(email.id());
        Notification entry = notifications.byId(email.id()).orElseThrow();
        assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(entry.recipient()).isEqualTo(Notification.ERASED_RECIPIENT);
        assertThat(entry.recipientName()).isNull();
        assertThat(entry.model()).as("the values it was rendered from").isEmpty();
        assertThat(notifications.erasedAmong(List.of(email.recipient()), due)).containsExactly(email.recipient());
        assertThat(notifications.erasedAmong(List.of(email.recipient()), due.plusSeconds(2)))
                .as("an event after the erasure, the address given again").isEmpty();
    }

    /** Records {@code count} emails falling due at {@code due}, with the recorder's lease already run out. */
    private List<Notification> recordDue(int count, Instant due) {
        String event = UUID.randomUUID().toString();
        List<Notification> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Notification email = Notification.requested(new NotificationRequest(event,
                    "membership.MembershipApplied.v1", EmailKind.APPLICATION_RECEIVED,
                    "person" + i + "@claims.example", "Person " + i, Map.of("organisationName", "Salford")), due);
            assertThat(notifications.recordAll(List.of(email), "recorder", due)).containsExactly(email);
            emails.add(email);
        }
        return emails;
    }
}
