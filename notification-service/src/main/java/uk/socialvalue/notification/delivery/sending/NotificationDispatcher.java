package uk.socialvalue.notification.delivery.sending;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/**
 * Sends what the delivery log holds. Every poll interval it claims the due emails in batches, has
 * {@link EmailMessages} build each, and sends the batch over one SMTP connection; it records each outcome:
 * {@code SENT}, the next attempt after a failure, {@code FAILED} after the last one, or {@code SUPPRESSED}
 * when the recipient opted out.
 * <p>
 * All its state is in the log, so a restart carries on where it stopped, and any number of instances can run:
 * each claims entries with a lease. Time comes from the injected {@link Clock}, which tests advance to drive
 * the back-off.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Notifications notifications;
    private final EmailMessages messages;
    private final JavaMailSenderImpl mail;
    private final OptOuts optOuts;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final TaskScheduler scheduler;
    private final MeterRegistry meters;
    private final String claimant = "dispatcher-" + UUID.randomUUID();
    private final ReentrantLock dispatching = new ReentrantLock();
    private volatile ScheduledFuture<?> polling;

    NotificationDispatcher(Notifications notifications, EmailMessages messages, JavaMailSenderImpl mail,
            OptOuts optOuts, Clock clock, DeliveryProperties properties, TaskScheduler scheduler,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.messages = messages;
        this.mail = mail;
        this.optOuts = optOuts;
        this.clock = clock;
        this.properties = properties;
        this.scheduler = scheduler;
        this.meters = meters;
    }

    /** Sends everything that is due now and returns how many entries it settled (sent, failed or suppressed). */
    int dispatchDue() {
        int settled = 0;
        List<Notification> batch;
        do {
            batch = claimBatch();
            if (!batch.isEmpty()) {
                settled += send(batch);
            }
        } while (batch.size() == properties.batchSize() && isRunning());
        return settled;
    }

    private List<Notification> claimBatch() {
        List<Notification> batch = new ArrayList<>();
        while (batch.size() < properties.batchSize()) {
            var claimed = notifications.claimNextDue(clock.instant(), properties.lease(), claimant);
            if (claimed.isEmpty()) {
                break;
            }
            batch.add(claimed.get());
        }
        return batch;
    }

    private int send(List<Notification> batch) {
        List<Notification> toSend = new ArrayList<>();
        for (Notification notification : batch) {
            if (isOptedOut(notification)) {
                notifications.complete(notification.suppressed(), claimant);
                count(notification, "suppressed");
                log.info("SUPPRESSED {} {}: the recipient unsubscribed from {}", notification.kind(),
                        notification.id(), notification.kind().category().label());
            } else {
                toSend.add(notification);
            }
        }
        if (toSend.isEmpty()) {
            return batch.size();
        }
        try (SmtpConnection connection = SmtpConnection.open(mail)) {
            for (int i = 0; i < toSend.size(); i++) {
                try {
                    sendOne(toSend.get(i), connection);
                } catch (SmtpUnavailableException e) {
                    // The fresh connection after a drop failed too: the rest of the batch cannot go either.
                    failAll(toSend.subList(i, toSend.size()), e.getMessage());
                    break;
                }
            }
        } catch (SmtpUnavailableException e) {
            failAll(toSend, e.getMessage());
        }
        return batch.size();
    }

    private void sendOne(Notification notification, SmtpConnection connection) throws SmtpUnavailableException {
        try {
            connection.send(messages.build(notification, connection.session()));
            notifications.complete(notification.sent(clock.instant()), claimant);
            count(notification, "sent");
            log.info("SENT {} {} (attempt {})", notification.kind(), notification.id(), notification.attempts() + 1);
        } catch (AddressException | UndeliverableException e) {
            notifications.complete(notification.failedForGood(SmtpConnection.rootMessage(e)), claimant);
            count(notification, "failed");
            log.warn("FAILED {} {} for good: {}", notification.kind(), notification.id(), e.getMessage());
        } catch (MessagingException | RuntimeException e) {
            failed(notification, SmtpConnection.rootMessage(e));
        }
    }

    private void failAll(List<Notification> batch, String error) {
        batch.forEach(notification -> failed(notification, error));
    }

    private void failed(Notification notification, String error) {
        Notification outcome = notification.failed(error, clock.instant(), properties.retrySchedule());
        notifications.complete(outcome, claimant);
        count(notification, outcome.nextAttemptAt() != null ? "retrying" : "failed");
        if (outcome.nextAttemptAt() != null) {
            log.warn("Attempt {} of {} {} failed, next at {}: {}", outcome.attempts(), notification.kind(),
                    notification.id(), outcome.nextAttemptAt(), error);
        } else {
            log.error("FAILED {} {} after {} attempts: {}", notification.kind(), notification.id(),
                    outcome.attempts(), error);
        }
    }

    /** Counts attempts by outcome and email type, for dashboards and alerts on failing mail. */
    private void count(Notification notification, String outcome) {
        meters.counter("svuk.notifications.attempts", "outcome", outcome, "type", notification.kind().name())
                .increment();
    }

    private boolean isOptedOut(Notification notification) {
        return !notification.kind().category().isEssential()
                && optOuts.contains(new OptOut(notification.recipient(), notification.kind().category()));
    }

    private void dispatchLogged() {
        dispatching.lock();
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The store is unreachable, say: log it and poll again; nothing is lost, the work stays in the log.
            log.error("Dispatching notifications failed; trying again in {}", properties.pollInterval(), e);
        } finally {
            dispatching.unlock();
        }
    }

    @Override
    public void start() {
        polling = scheduler.scheduleWithFixedDelay(this::dispatchLogged, properties.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current = polling;
        polling = null;
        if (current != null) {
            current.cancel(false);
        }
        // Let a batch in flight record its outcomes while the store is still there; its leases would cover a
        // hard stop, at the price of sending those emails again.
        try {
            if (dispatching.tryLock(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                dispatching.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
