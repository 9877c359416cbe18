package uk.socialvalue.support.outbox;

import java.time.Instant;

/**
 * An event the relay gave up publishing after its retries: a failure of its own (a denied or missing topic, a
 * record too large, a malformed entry), never an outage, which is waited out. It left its aggregate's outbox so
 * that the aggregate's later events could go on, and waits here for staff.
 *
 * @param eventId        the event's id
 * @param typeId         its {@code ce_type}
 * @param topic          where it was going
 * @param key            its aggregate's id
 * @param collection     the collection of the aggregate whose outbox held it
 * @param failure        why the last attempt failed
 * @param attempts       how many times it was tried
 * @param parkedAt       when it was parked
 * @param republishedAt  when staff republished it, or {@code null} while it waits
 */
public record ParkedEvent(String eventId, String typeId, String topic, String key, String collection, String failure,
        int attempts, Instant parkedAt, Instant republishedAt) {
}
