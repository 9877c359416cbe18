package uk.socialvalue.notification.delivery.sending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
import uk.socialvalue.notification.delivery.Outbound;
import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/**
 * Sends email. Fresh emails arrive from the event listener ({@link Outbound#sendSoon}) into a bounded queue;
 * {@code senders} threads take them in batches, have {@link EmailMessages} build each, send them over an SMTP
 * connection each thread keeps open between batches, and store the batch's outcomes together: {@code SENT},
 * the next attempt after a failure, {@code FAILED} after the last one or at once for a permanent (5xx)
 * refusal, or {@code SUPPRESSED} when the recipient opted out. Every poll interval the instance also claims the
 * outgoing emails that fell due (retries, emails an instance that died was holding, a backlog an outage left) into
 * the same queue, and while more are due than one claim takes, it claims again as soon as the queue has room.
 * <p>
 * An SMTP server that cannot be reached is an outage, not the emails' fault: they wait without using up an
 * attempt, and the dispatcher tries to connect again after a back-off that doubles up to a cap, for as long as
 * the outage lasts. So an outage of any length delays mail and never fails it.
 * <p>
 * All its state is in the store, so a restart carries on where it stopped, and any number of instances can run:
 * each holds the emails it sends with a lease. Time comes from the injected {@link Clock}, which tests advance
 * to drive the back-off.
 */
@Component
class NotificationDispatcher implements SmartLifecycle, Outbound {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUEUE_WAIT = Duration.ofMillis(500);
    /** How soon the next look for due emails comes while a backlog is being worked through. */
    private static final Duration BACKLOG_POLL = Duration.ofMillis(50);

    private final Notifications notifications;
    private final EmailMessages messages;
    private final JavaMailSenderImpl mail;
    private final OptOuts optOuts;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final TaskScheduler scheduler;
    private final MeterRegistry meters;
    private final String claimant = "dispatcher-" + UUID.randomUUID();
    private final BlockingQueue<Notification> queue;
    private final List<Thread> senders = new ArrayList<>();
    private final Object outageLock = new Object();
    private int failedConnections;
    private Instant connectAgainAt = Instant.MIN;
    private String outageError;
    private volatile boolean running;
    /** Whether the listener's last wait for room in the queue ran out; cleared when a sender takes from it. */
    private volatile boolean sendersStalled;
    private volatile ScheduledFuture<?> polling;
    /** Whether the last look for due emails claimed all it could: more are probably due. */
    private volatile boolean moreDue;

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
        this.queue = new LinkedBlockingQueue<>(properties.queueCapacity());
    }

    @Override
    public String claimant() {
        return claimant;
    }

    @Override
    public Duration lease() {
        return properties.lease();
    }

    /**
     * Queues fresh emails for the senders. While they are taking from a full queue the caller (the event listener)
     * waits for room, so a backlog stays in Kafka and the outgoing set in the store stays as small as the emails
     * in flight: the poll for due work reads that set whole on the embedded store. In an SMTP outage, or once a
     * wait ran out, what does not fit waits in the store for the poll instead.
     */
    @Override
    public void sendSoon(List<Notification> fresh) {
        List<Notification> overflow = new ArrayList<>();
        for (Notification notification : fresh) {
            if (!running || !enqueue(notification)) {
                overflow.add(notification);
            }
        }
        if (!overflow.isEmpty()) {
            notifications.release(overflow, claimant); // the store keeps them; the next look takes them
        }
    }

    private boolean enqueue(Notification notification) {
        if (queue.offer(notification)) {
            return true;
        }
        if (sendersStalled || isOutage(clock.instant())) {
            return false;
        }
        try {
            boolean queued = queue.offer(notification, properties.queueWait().toMillis(), TimeUnit.MILLISECONDS);
            sendersStalled = !queued;
            return queued;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Claims everything that is due now and sends it on the calling thread; returns how many emails it
     * settled or deferred. The poll does the same through the queue; tests call this to send deterministically.
     */
    int dispatchDue() {
        int handled = 0;
        List<Notification> batch;
        SmtpConnection connection = null;
        try {
            do {
                batch = notifications.claimDue(clock.instant(), properties.lease(), claimant, properties.batchSize());
                connection = send(batch, connection);
                handled += batch.size();
            } while (batch.size() == properties.batchSize());
        } finally {
            close(connection);
        }
        return handled;
    }

    /**
     * Moves due outgoing emails into the queue, and schedules the next look: soon while more are due than the last
     * claim took (a backlog left by an outage, say), so the senders never wait a poll interval for work that is
     * there, and a poll interval later otherwise. A claim takes at most half the queue, and waits until half of it
     * is free: the senders work through what is queued while the next claim is made, and each claim pays for
     * one read of the outgoing set however large the backlog. Nothing is claimed while SMTP is known down.
     */
    private void pollDue() {
        Duration next = properties.pollInterval();
        try {
            next = claimDueIntoQueue();
        } catch (RuntimeException e) {
            // The store is unreachable, say: nothing is lost, the work stays in the store.
            log.error("Looking for due notifications failed; trying again in {}", next, e);
        } finally {
            schedulePoll(next);
        }
    }

    /** Under the lock {@link #stop} takes, so that no look is scheduled after it cancelled the pending one. */
    private synchronized void schedulePoll(Duration in) {
        if (running) {
            polling = scheduler.schedule(this::pollDue, Instant.now().plus(in));
        }
    }

    private Duration claimDueIntoQueue() {
        if (isOutage(clock.instant())) {
            return properties.pollInterval();
        }
        int claim = Math.max(properties.batchSize(), properties.queueCapacity() / 2);
        if (queue.remainingCapacity() < claim) {
            return moreDue ? BACKLOG_POLL : properties.pollInterval();
        }
        List<Notification> due = notifications.claimDue(clock.instant(), properties.lease(), claimant, claim);
        moreDue = due.size() == claim;
        sendSoon(due);
        return moreDue ? BACKLOG_POLL : properties.pollInterval();
    }

    private void sendFromQueue() {
        SmtpConnection connection = null;
        Instant lastUsed = Instant.now();
        try {
            while (running) {
                List<Notification> batch = new ArrayList<>(properties.batchSize());
                try {
                    Notification first = queue.poll(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (connection != null && Duration.between(lastUsed, Instant.now())
                                .compareTo(properties.idleConnection()) > 0) {
                            close(connection);
                            connection = null;
                        }
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, properties.batchSize() - 1);
                    sendersStalled = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    notifications.release(batch, claimant);
                    return;
                }
                try {
                    connection = send(batch, connection);
                } catch (RuntimeException e) {
                    // The store failed while recording outcomes: the leases run out and the emails come due again.
                    log.error("Sending a batch of {} notifications failed", batch.size(), e);
                    close(connection);
                    connection = null;
                }
                lastUsed = Instant.now();
            }
        } finally {
            close(connection);
        }
    }

    /**
     * Sends a batch and stores its outcomes; returns the connection to use for the next batch, or {@code null}
     * when there is none to keep.
     */
    private SmtpConnection send(List<Notification> batch, SmtpConnection connection) {
        if (batch.isEmpty()) {
            return connection;
        }
        Map<String, String> results = new HashMap<>();
        List<Notification> outcomes = new ArrayList<>(batch.size());
        List<Notification> toSend = new ArrayList<>(batch.size());
        for (Notification notification : batch) {
            if (isOptedOut(notification)) {
                outcomes.add(notification.suppressed());
                results.put(notification.id(), "suppressed");
            } else {
                toSend.add(notification);
            }
        }
        SmtpConnection open = toSend.isEmpty() ? connection : connected(connection);
        for (int i = 0; i < toSend.size(); i++) {
            if (open == null) {
                for (Notification waiting : deferred(toSend.subList(i, toSend.size()))) {
                    outcomes.add(waiting);
                    results.put(waiting.id(), "deferred");
                }
                break;
            }
            try {
                Notification outcome = sendOne(toSend.get(i), open);
                outcomes.add(outcome);
                results.put(outcome.id(), switch (outcome.status()) {
                    case SENT -> "sent";
                    case FAILED -> "failed";
                    default -> "retrying";
                });
            } catch (SmtpUnavailableException e) {
                // The connection dropped and a fresh one failed too: the rest of the batch waits for the server.
                outageBegins(e.getMessage());
                close(open);
                open = null;
                i--;
            }
        }
        record(notifications.complete(outcomes, claimant), results);
        return open;
    }

    /** The connection to send on: the one kept from the last batch, or a fresh one; {@code null} in an outage. */
    private SmtpConnection connected(SmtpConnection kept) {
        if (kept != null && kept.isConnected()) {
            return kept;
        }
        close(kept);
        if (isOutage(clock.instant())) {
            return null;
        }
        try {
            SmtpConnection connection = SmtpConnection.open(mail);
            outageEnds();
            return connection;
        } catch (SmtpUnavailableException e) {
            outageBegins(e.getMessage());
            return null;
        }
    }

    private Notification sendOne(Notification notification, SmtpConnection connection)
            throws SmtpUnavailableException {
        try {
            connection.send(messages.build(notification));
            return notification.sent(clock.instant());
        } catch (AddressException | UndeliverableException e) {
            return notification.failedForGood(SmtpConnection.rootMessage(e));
        } catch (MessagingException | RuntimeException e) {
            return notification.failed(SmtpConnection.rootMessage(e), clock.instant(), properties.retrySchedule());
        }
    }

    private List<Notification> deferred(List<Notification> waiting) {
        synchronized (outageLock) {
            return waiting.stream().map(notification -> notification.deferred(outageError, connectAgainAt)).toList();
        }
    }

    private boolean isOutage(Instant now) {
        synchronized (outageLock) {
            return now.isBefore(connectAgainAt);
        }
    }

    private void outageBegins(String error) {
        synchronized (outageLock) {
            failedConnections++;
            outageError = error;
            connectAgainAt = clock.instant().plus(properties.outageDelay(failedConnections));
            log.warn("SMTP server unavailable ({} failed connections in a row); mail waits until {}: {}",
                    failedConnections, connectAgainAt, error);
        }
    }

    private void outageEnds() {
        synchronized (outageLock) {
            if (failedConnections > 0) {
                log.info("SMTP server reachable again after {} failed connections", failedConnections);
            }
            failedConnections = 0;
            connectAgainAt = Instant.MIN;
        }
    }

    /** Logs and counts what happened to each email, by outcome and type, for dashboards and alerts. */
    private void record(List<Notification> outcomes, Map<String, String> results) {
        for (Notification outcome : outcomes) {
            String result = results.get(outcome.id());
            meters.counter("svuk.notifications.emails", "outcome", result, "type", outcome.kind().name()).increment();
            switch (result) {
                case "sent" -> log.info("SENT {} {} (attempt {})", outcome.kind(), outcome.id(), outcome.attempts());
                case "failed" -> log.error("FAILED {} {} after {} attempts: {}", outcome.kind(), outcome.id(),
                        outcome.attempts(), outcome.lastError());
                case "suppressed" -> log.info("SUPPRESSED {} {}: the recipient unsubscribed from {}", outcome.kind(),
                        outcome.id(), outcome.kind().category().label());
                case "retrying" -> log.warn("Attempt {} of {} {} failed, next at {}: {}", outcome.attempts(),
                        outcome.kind(), outcome.id(), outcome.nextAttemptAt(), outcome.lastError());
                default -> log.debug("Deferred {} {} until {}", outcome.kind(), outcome.id(), outcome.nextAttemptAt());
            }
        }
    }

    private boolean isOptedOut(Notification notification) {
        return !notification.kind().category().isEssential()
                && optOuts.contains(new OptOut(notification.recipient(), notification.kind().category()));
    }

    private static void close(SmtpConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public void start() {
        synchronized (this) {
            running = true;
        }
        for (int i = 0; i < properties.senders(); i++) {
            Thread sender = new Thread(this::sendFromQueue, "notification-sender-" + i);
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
        schedulePoll(Duration.ZERO);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current;
        synchronized (this) {
            running = false;
            current = polling;
            polling = null;
        }
        if (current != null) {
            current.cancel(false);
        }
        // Let batches in flight record their outcomes while the store is still there; their leases would cover
        // a hard stop, at the price of sending those emails again. What waits in the queue is let go at once.
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (Thread sender : senders) {
            try {
                sender.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        senders.clear();
        List<Notification> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        notifications.release(waiting, claimant);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
