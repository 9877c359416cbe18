package uk.socialvalue.support.events;

import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import uk.socialvalue.support.outage.Outages;

/**
 * What a listener does with a record it failed to process, by why it failed:
 * <ul>
 *   <li>an outage ({@link Outages}: the store, the broker or a mail server unavailable): it waits, with a
 *       capped exponential back-off, and tries the same record again, for as long as the outage lasts. The
 *       partition waits behind it and nothing is dead-lettered: the record was fine, the world was not;</li>
 *   <li>a poison record ({@link PoisonEventException}, or a type Spring Kafka knows can never be converted):
 *       straight to the dead-letter topic, since no retry can make it readable;</li>
 *   <li>anything else (the record is readable but processing it failed): a few bounded retries, then the
 *       dead-letter topic, where staff see it and replay it once the cause is fixed.</li>
 * </ul>
 * When a failure changes kind between attempts (the store came back, and the record then fails for a reason
 * of its own) the count starts again under the new kind's rule.
 */
final class ListenerFailures {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private ListenerFailures() {
    }

    /**
     * @param factoryGroup     the consumer group of listeners that name none of their own
     * @param deadLetterTopic  the dead-letter topic for a record's topic and its listener's consumer group, made
     *                         sure to exist before it is used
     */
    static DefaultErrorHandler handler(KafkaOperations<String, byte[]> template, EventsProperties properties,
            MeterRegistry meters, String factoryGroup, BiFunction<String, String, String> deadLetterTopic) {
        var recoverer = new DeadLetterPublishingRecoverer(template, (record, failure) -> {
            String group = groupOf(failure, factoryGroup);
            String topic = deadLetterTopic.apply(record.topic(), group);
            meters.counter("svuk.events.dead.lettered", "topic", record.topic(), "group", group).increment();
            log.error("Dead-lettering record {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), topic, rootMessage(failure));
            return new TopicPartition(topic, -1);
        });
        var handler = new DefaultErrorHandler(recoverer, bounded(properties.retry()));
        BackOff whileUnavailable = untilAvailable(properties.outageRetry());
        handler.setBackOffFunction((record, failure) -> Outages.isOutage(failure) ? whileUnavailable : null);
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        // Each failed attempt is logged once, briefly, below; not as a stack trace per attempt.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners(new Reporting(meters, factoryGroup));
        return handler;
    }

    private static BackOff bounded(EventsProperties.Retry retry) {
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff;
    }

    private static BackOff untilAvailable(EventsProperties.OutageRetry retry) {
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        return backOff; // no elapsed-time or attempt limit: an outage of any length is waited out
    }

    /** The consumer group of the listener that failed: its own, or else the factory's. */
    private static String groupOf(Exception failure, String factoryGroup) {
        return failure instanceof ListenerExecutionFailedException listener && listener.getGroupId() != null
                ? listener.getGroupId() : factoryGroup;
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** One line per failed attempt, and a count of attempts by kind, to see an outage being waited out. */
    private record Reporting(MeterRegistry meters, String factoryGroup) implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
            boolean outage = Outages.isOutage(failure);
            meters.counter("svuk.events.retries", "group", groupOf(failure, factoryGroup), "topic", record.topic(),
                    "cause", outage ? "outage" : "failure").increment();
            if (outage) {
                log.warn("Waiting for a dependency to come back before retrying {}-{}@{} (attempt {}): {}",
                        record.topic(), record.partition(), record.offset(), attempt, rootMessage(failure));
            } else {
                log.warn("Processing {}-{}@{} failed (attempt {}): {}", record.topic(), record.partition(),
                        record.offset(), attempt, rootMessage(failure), failure);
            }
        }
    }
}
