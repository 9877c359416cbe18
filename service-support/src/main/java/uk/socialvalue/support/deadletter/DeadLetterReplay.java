package uk.socialvalue.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.outage.Outages;

/**
 * Hands a dead letter back to the listener that gave up on it, once its cause is fixed: the same listener
 * method of the same consumer group, with the record as it was read (key, value, headers), in this process.
 * It is not published to its topic again, so no other consumer group sees it twice and a compacted topic never
 * gets an old state back as its latest.
 * <p>
 * A letter is replayed at most once with success: a replay takes it with a short lease (so two staff
 * pressing the button at once process it once), marks it replayed when the listener returns, and answers any
 * later replay with {@link Status#ALREADY_REPLAYED} without processing it again. A replay that fails leaves
 * the letter waiting, with the reason, for another try. The listeners themselves are idempotent, so even a
 * replay of a record that was meanwhile redelivered changes nothing twice.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final String REPLAYED_FROM_HEADER = "svuk_replayed_from";

    public enum Status { REPLAYED, ALREADY_REPLAYED, FAILED }

    /** What became of one letter. */
    public record Outcome(String id, Status status, String failure) {
    }

    /** What became of the letters of one topic. */
    public record BulkOutcome(String topic, int replayed, List<Outcome> failed) {
    }

    private final DeadLetterLog letters;
    private final KafkaListenerEndpointRegistry listeners;
    private final Clock clock;

    public DeadLetterReplay(DeadLetterLog letters, KafkaListenerEndpointRegistry listeners, Clock clock) {
        this.letters = letters;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** @throws NotFound when there is no such letter */
    public Outcome replay(String id) {
        DeadLetterLog.Stored stored = letters.byId(id).orElseThrow(() -> new NotFound("No dead letter " + id));
        if (stored.letter().replayedAt() != null) {
            return new Outcome(id, Status.ALREADY_REPLAYED, null);
        }
        Instant now = clock.instant();
        if (!letters.claim(id, now, now.plus(LEASE))) {
            // Replayed meanwhile, or being replayed right now by someone else: either way not by this call.
            return new Outcome(id, Status.ALREADY_REPLAYED, null);
        }
        try {
            listenerFor(stored).onMessage(record(stored), null, null);
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                throw e; // not the letter's fault: answered with a 503; its lease runs out and it can be tried again
            }
            String failure = rootMessage(e);
            letters.replayFailed(id, failure);
            log.warn("Replaying dead letter {} failed again: {}", id, failure);
            return new Outcome(id, Status.FAILED, failure);
        }
        letters.replayed(id, clock.instant());
        log.info("Replayed dead letter {} ({} from {})", id, stored.letter().eventType(),
                stored.letter().originalTopic());
        return new Outcome(id, Status.REPLAYED, null);
    }

    /** Replays every letter from the topic that waits, oldest first, going on past any that fail again. */
    public BulkOutcome replayAll(String originalTopic) {
        int replayed = 0;
        List<Outcome> failed = new ArrayList<>();
        for (String id : letters.waitingFrom(originalTopic)) {
            Outcome outcome = replay(id);
            if (outcome.status() == Status.REPLAYED) {
                replayed++;
            } else if (outcome.status() == Status.FAILED) {
                failed.add(outcome);
            }
        }
        return new BulkOutcome(originalTopic, replayed, failed);
    }

    @SuppressWarnings("unchecked")
    private GenericMessageListener<ConsumerRecord<String, byte[]>> listenerFor(DeadLetterLog.Stored stored) {
        String topic = stored.letter().originalTopic();
        String group = stored.letter().group();
        Optional<MessageListenerContainer> container = listeners.getListenerContainers().stream()
                .filter(candidate -> group != null && group.equals(candidate.getGroupId()))
                .filter(candidate -> candidate.getContainerProperties().getTopics() != null
                        && List.of(candidate.getContainerProperties().getTopics()).contains(topic))
                .findFirst();
        Object listener = container.map(found -> found.getContainerProperties().getMessageListener()).orElse(null);
        if (!(listener instanceof GenericMessageListener<?>)) {
            throw new IllegalStateException("No listener of group " + group + " reads " + topic + " any more");
        }
        return (GenericMessageListener<ConsumerRecord<String, byte[]>>) listener;
    }

    private static ConsumerRecord<String, byte[]> record(DeadLetterLog.Stored stored) {
        Headers headers = stored.headers();
        headers.add(REPLAYED_FROM_HEADER, stored.letter().id().getBytes(StandardCharsets.UTF_8));
        byte[] value = stored.value();
        return new ConsumerRecord<>(stored.letter().originalTopic(), stored.originalPartition(),
                stored.originalOffset(), stored.letter().deadLetteredAt().toEpochMilli(), TimestampType.CREATE_TIME,
                -1, value == null ? -1 : value.length, stored.letter().key(), value, headers, Optional.empty());
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cause.getMessage();
    }
}
