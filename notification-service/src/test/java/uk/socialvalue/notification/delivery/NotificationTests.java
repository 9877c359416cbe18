package uk.socialvalue.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.notification.email.EmailKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The life of one email in the delivery log, without Spring or a store. */
class NotificationTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(3, Duration.ofMinutes(2), 2.0,
            Duration.ofMinutes(30));

    private static Notification requested() {
        var request = new NotificationRequest("event-1", "membership.MembershipApplied.v1",
                EmailKind.APPLICATION_RECEIVED, " Ada@Salford.Example ", "Ada\r\nLovelace",
                Map.of("organisationName", "Salford"));
        return Notification.requested(request, NOW);
    }

    @Test
    void derivesTheSameIdFromTheSameEventAndRecipient() {
        assertThat(requested().id()).isEqualTo(Notification.idFor("event-1", "ada@salford.example"))
                .isNotEqualTo(Notification.idFor("event-2", "ada@salford.example"))
                .isNotEqualTo(Notification.idFor("event-1", "grace@salford.example"));
    }

    @Test
    void startsPendingAndDueNowWithItsSubject() {
        Notification notification = requested();

        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).isEqualTo(NOW);
        assertThat(notification.recipient()).isEqualTo("ada@salford.example");
        assertThat(notification.recipientName()).isEqualTo("Ada Lovelace");
        assertThat(notification.subject()).isEqualTo("We have received Salford's application to join Social Value UK");
    }

    @Test
    void waitsLongerAfterEachFailureAndFailsAfterTheLastAttempt() {
        Notification first = requested().failed("refused", NOW, SCHEDULE);
        Notification second = first.failed("refused", NOW, SCHEDULE);
        Notification third = second.failed("still refused", NOW, SCHEDULE);

        assertThat(first.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(second.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(third.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).isEqualTo("still refused");
        assertThat(third.nextAttemptAt()).isNull();
    }

    @Test
    void recordsWhenItWasSent() {
        Notification sent = requested().failed("refused", NOW, SCHEDULE).sent(NOW.plusSeconds(120));

        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void resendsAFailedEmailWithFreshAttempts() {
        Notification failed = requested().failedForGood("550 no such user");

        Notification resent = failed.resent(NOW.plusSeconds(60));

        assertThat(resent.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(resent.attempts()).isZero();
        assertThat(resent.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void countsEachResendButNotEachAttempt() {
        var schedule = new RetrySchedule(3, Duration.ofMinutes(2), 2.0, Duration.ofMinutes(30));
        Notification attempted = requested().failed("421 try later", NOW, schedule).deferred("SMTP down", NOW);

        Notification resent = attempted.sent(NOW).resent(NOW).failed("421 try later", NOW, schedule).sent(NOW)
                .resent(NOW);

        assertThat(attempted.resends()).isZero();
        assertThat(resent.resends()).isEqualTo(2);
    }

    @Test
    void neverResendsWhatTheRecipientUnsubscribedFrom() {
        assertThatIllegalStateException().isThrownBy(() -> requested().suppressed().resent(NOW));
    }

    @Test
    void capsTheBackOffAtItsLongestPause() {
        var schedule = new RetrySchedule(10, Duration.ofMinutes(2), 2.0, Duration.ofMinutes(30));

        assertThat(schedule.nextAttempt(9, NOW)).contains(NOW.plus(Duration.ofMinutes(30)));
        assertThat(schedule.nextAttempt(10, NOW)).isEmpty();
    }

    @Test
    void spreadsTheDefaultSixAttemptsOverAboutAnHour() {
        var schedule = new RetrySchedule(6, Duration.ofMinutes(2), 2.0, Duration.ofMinutes(30));
        Instant at = NOW;
        for (int attempt = 1; attempt < 6; attempt++) {
            at = schedule.nextAttempt(attempt, at).orElseThrow();
        }
        assertThat(Duration.between(NOW, at)).isEqualTo(Duration.ofMinutes(60));
    }
}
