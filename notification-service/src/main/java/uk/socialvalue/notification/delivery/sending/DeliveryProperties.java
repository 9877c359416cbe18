package uk.socialvalue.notification.delivery.sending;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.socialvalue.notification.delivery.RetrySchedule;

/**
 * How emails are sent.
 *
 * @param fromAddress     the sender address of every email
 * @param fromName        the sender's display name
 * @param pollInterval    how often a dispatcher looks for due emails
 * @param batchSize       how many emails one SMTP connection carries at most
 * @param lease           how long a dispatcher holds the emails it claimed; after a crash they are due again
 *                        once it runs out, so keep it well above the time a batch takes
 * @param maxAttempts     attempts per email before it is {@code FAILED}
 * @param firstRetryDelay the pause after the first failure; each further pause is {@code retryMultiplier}
 *                        times longer, up to {@code maxRetryDelay}. The defaults try 6 times over about an hour
 *                        (2, 4, 8, 16 and 30 minutes apart).
 */
@ConfigurationProperties("svuk.notifications.delivery")
record DeliveryProperties(@DefaultValue("no-reply@socialvalueuk.org") String fromAddress,
        @DefaultValue("Social Value UK") String fromName, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batchSize, @DefaultValue("5m") Duration lease, @DefaultValue("6") int maxAttempts,
        @DefaultValue("2m") Duration firstRetryDelay, @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("30m") Duration maxRetryDelay) {

    RetrySchedule retrySchedule() {
        return new RetrySchedule(maxAttempts, firstRetryDelay, retryMultiplier, maxRetryDelay);
    }
}
