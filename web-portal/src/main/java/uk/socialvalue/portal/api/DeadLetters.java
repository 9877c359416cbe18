package uk.socialvalue.portal.api;

import java.time.Instant;
import java.util.List;

/**
 * What one service could not process, as every service's {@code GET /api/admin/dead-letters} answers.
 *
 * @param total   how many there are in all
 * @param newest  the newest of them
 */
public record DeadLetters(long total, List<DeadLetter> newest) {

    /** A record given up on: where it came from, what it was, why it failed. */
    public record DeadLetter(String id, String originalTopic, String key, String eventType, String eventId,
            String failure, String payload, Instant deadLetteredAt) {
    }
}
