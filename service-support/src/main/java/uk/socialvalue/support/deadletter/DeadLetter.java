package uk.socialvalue.support.deadletter;

import java.time.Instant;

/**
 * A record this service gave up on, as it lies on its dead-letter topic: where it came from, what it was,
 * why it failed, and whether staff have replayed it since.
 *
 * @param id                 {@code <dead-letter topic>-<partition>-<offset>}, unique
 * @param originalTopic      the topic it was read from
 * @param group              the consumer group that failed to process it
 * @param key                its key (the aggregate id)
 * @param eventType          its {@code ce_type}, if it had one
 * @param eventId            its {@code ce_id}, if it had one
 * @param failure            the exception's class and message
 * @param payload            the body as text, cut at 16 KiB
 * @param deadLetteredAt     when it reached the dead-letter topic
 * @param replayedAt         when a replay processed it, or {@code null} while it waits
 * @param lastReplayFailure  why the last replay failed, if one did and none succeeded since
 */
public record DeadLetter(String id, String originalTopic, String group, String key, String eventType,
        String eventId, String failure, String payload, Instant deadLetteredAt, Instant replayedAt,
        String lastReplayFailure) {
}
