package uk.socialvalue.support.deadletter;

import java.time.Instant;

/**
 * A record this service gave up on, as it lies on its dead-letter topic: where it came from, what it was,
 * and why it failed.
 *
 * @param id              {@code <dead-letter topic>-<partition>-<offset>}, unique
 * @param originalTopic   the topic it was read from
 * @param key             its key (the aggregate id)
 * @param eventType       its {@code ce_type}, if it had one
 * @param eventId         its {@code ce_id}, if it had one
 * @param failure         the exception's class and message
 * @param payload         the body as text, cut at 16 KiB
 * @param deadLetteredAt  when it reached the dead-letter topic
 */
public record DeadLetter(String id, String originalTopic, String key, String eventType, String eventId,
        String failure, String payload, Instant deadLetteredAt) {
}
