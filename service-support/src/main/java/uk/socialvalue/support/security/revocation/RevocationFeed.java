package uk.socialvalue.support.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.AccessRevoked;
import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.PoisonEventException;

/**
 * Feeds {@link RevokedTokens} from {@value Topics#MEMBERSHIP_PEOPLE}. Every instance reads every partition
 * itself, with no consumer group (a group would share the partitions out, and an instance would miss the
 * revocations of the others' share), starting from the records of the last {@link RevokedTokens#window()}:
 * older revocations concern only tokens that have expired. Nothing is stored, so a restart simply reads the
 * window again. Start-up waits (a few seconds at most) until what was already on the topic has been read.
 */
public class RevocationFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final EventCodec codec;
    private final RevokedTokens revoked;
    private final Clock clock;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    public RevocationFeed(Supplier<KafkaConsumer<String, byte[]>> consumers, EventCodec codec, RevokedTokens revoked,
            Clock clock) {
        this.consumers = consumers;
        this.codec = codec;
        this.revoked = revoked;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::run, "revocation-feed");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        try {
            if (!caughtUp.await(CATCH_UP.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Revocations on {} not read within {}; reading on in the background",
                        Topics.MEMBERSHIP_PEOPLE, CATCH_UP);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = consumers.get()) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            if (partitions.isEmpty()) {
                return;
            }
            kafka.assign(partitions);
            seekToWindow(kafka, partitions);
            Map<TopicPartition, Long> startEnd = kafka.endOffsets(partitions);
            long lastPrune = System.nanoTime();
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                    apply(record);
                }
                if (caughtUp.getCount() > 0 && reached(kafka, startEnd)) {
                    caughtUp.countDown();
                }
                if (System.nanoTime() - lastPrune > Duration.ofMinutes(1).toNanos()) {
                    revoked.forgetExpired();
                    lastPrune = System.nanoTime();
                }
            }
        } catch (WakeupException stopping) {
            log.debug("Revocation feed stopped");
        } catch (RuntimeException e) {
            log.error("Revocation feed stopped: revoked tokens will not be refused until a restart", e);
        } finally {
            caughtUp.countDown();
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        while (running) {
            List<PartitionInfo> infos;
            try {
                infos = kafka.partitionsFor(Topics.MEMBERSHIP_PEOPLE, Duration.ofSeconds(5));
            } catch (TimeoutException | UnknownTopicOrPartitionException notYet) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            caughtUp.countDown(); // nothing to catch up with before the topic exists
            try {
                Thread.sleep(1_000); // the topic appears with membership-service's first start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }

    private void seekToWindow(KafkaConsumer<String, byte[]> kafka, List<TopicPartition> partitions) {
        long from = clock.millis() - revoked.window().toMillis();
        Map<TopicPartition, Long> timestamps = new HashMap<>();
        partitions.forEach(partition -> timestamps.put(partition, from));
        Map<TopicPartition, OffsetAndTimestamp> offsets = kafka.offsetsForTimes(timestamps);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                kafka.seekToEnd(List.of(partition));
            } else {
                kafka.seek(partition, offset.offset());
            }
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            IntegrationEvent event = codec.decode(record).orElse(null);
            if (event instanceof AccessRevoked revocation) {
                revoked.revoke(revocation.personId(), revocation.tokenVersion(), revocation.occurredAt());
            } else if (event instanceof PersonErased erased) {
                revoked.revokeAll(erased.personId(), erased.occurredAt());
            }
        } catch (PoisonEventException e) {
            log.warn("Skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Before the web server starts, so that no request is served before the revocations have been read. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
