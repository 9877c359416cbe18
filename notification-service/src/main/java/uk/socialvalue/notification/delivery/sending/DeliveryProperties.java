package uk.socialvalue.notification.delivery.sending;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.socialvalue.notification.delivery.RetrySchedule;

/**
 * How emails are sent.
 *
 * @param fromAddress      the sender address of every email
 * @param fromName         the sender's display name
 * @param pollInterval     how often an instance looks for due emails: retries, and emails another instance
 *                         left behind; fresh emails go out as their events arrive
 * @param batchSize        how many emails a sender takes at a time; their outcomes are stored together
 * @param senders          how many threads send, each over its own SMTP connection, kept open between batches
 * @param queueCapacity    how many emails wait in memory for a sender; beyond it they wait in the store
 * @param queueWait        how long the event listener waits for room in a full queue while senders are taking from
 *                         it, so that a backlog waits in Kafka rather than in the store; once a wait runs out
 *                         (the senders stalled), it stops waiting until a sender takes from the queue again
 * @param idleConnection   how long a sender keeps an unused SMTP connection open
 * @param lease            how long an instance holds the emails it is sending; after a crash they are due again
 *                         once it runs out, so keep it well above the time a batch takes
 * @param maxAttempts      attempts per email before it is {@code FAILED}; an SMTP server that cannot be reached
 *                         uses none
 * @param firstRetryDelay  the pause after the first failure; each further pause is {@code retryMultiplier}
 *                         times longer, up to {@code maxRetryDelay}. The defaults try 6 times over about an hour
 *                         (2, 4, 8, 16 and 30 minutes apart).
 * @param firstOutageDelay how long to wait before connecting again after the SMTP server could not be reached;
 *                         it doubles with each failed connection, up to {@code maxOutageDelay}, for as long as
 *                         the outage lasts
 */
@ConfigurationProperties("svuk.notifications.delivery")
record DeliveryProperties(@DefaultValue("no-reply@socialvalueuk.org") String fromAddress,
        @DefaultValue("Social Value UK") String fromName, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batchSize, @DefaultValue("2") int senders, @DefaultValue("1000") int queueCapacity,
        @DefaultValue("2s") Duration queueWait,
        @DefaultValue("30s") Duration idleConnection, @DefaultValue("5m") Duration lease,
        @DefaultValue("6") int maxAttempts, @DefaultValue("2m") Duration firstRetryDelay,
        @DefaultValue("2.0") double retryMultiplier, @DefaultValue("30m") Duration maxRetryDelay,
        @DefaultValue("5s") Duration firstOutageDelay, @DefaultValue("1m") Duration maxOutageDelay) {

    DeliveryProperties {
        if (batchSize < 1 || senders < 1 || queueCapacity < batchSize) {
            throw new IllegalArgumentException("svuk.notifications.delivery needs batch-size and senders of 1 or "
                    + "more, and a queue-capacity of at least the batch size");
        }
    }

    RetrySchedule retrySchedule() {
        return new RetrySchedule(maxAttempts, firstRetryDelay, retryMultiplier, maxRetryDelay);
    }

    /** The pause before connecting again after {@code failures} failed connections in a row. */
    Duration outageDelay(int failures) {
        Duration delay = firstOutageDelay;
        for (int i = 1; i < failures && delay.compareTo(maxOutageDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxOutageDelay) > 0 ? maxOutageDelay : delay;
    }
}
