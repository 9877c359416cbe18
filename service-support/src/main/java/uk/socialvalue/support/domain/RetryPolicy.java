package uk.socialvalue.support.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@link Retry} tries a change again after losing a race to another writer: up to {@code attempts} times
 * in all, pausing between attempts for an exponential back-off (doubling from {@code firstBackOff} up to
 * {@code maxBackOff}) shortened by a random part of up to {@code jitter} of it, so that writers who collided
 * do not collide again in step; and never starting an attempt after {@code deadline} has passed since the
 * first one. The defaults let a change through two instances' worth of contention on one aggregate.
 *
 * @param attempts      how many times a change is tried in all, the first time included; at least 1
 * @param firstBackOff  the pause after the first conflict
 * @param maxBackOff    the longest pause
 * @param jitter        the part of each pause, from 0 to 1, that is random: 0.5 pauses between half and all of it
 * @param deadline      how long after the first attempt a new one may still start
 */
@ConfigurationProperties("svuk.conflict-retry")
public record RetryPolicy(@DefaultValue("20") int attempts, @DefaultValue("5ms") Duration firstBackOff,
        @DefaultValue("200ms") Duration maxBackOff, @DefaultValue("0.5") double jitter,
        @DefaultValue("10s") Duration deadline) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("svuk.conflict-retry.attempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("svuk.conflict-retry.jitter must be between 0 and 1");
        }
        if (firstBackOff.isNegative() || maxBackOff.compareTo(firstBackOff) < 0 || deadline.isNegative()) {
            throw new IllegalArgumentException(
                    "svuk.conflict-retry needs 0 <= first-back-off <= max-back-off and a deadline of 0 or more");
        }
    }

    /** The pause before attempt {@code attempt + 1}, before jitter: doubling from the first, up to the longest. */
    Duration backOffAfter(int attempt) {
        Duration pause = firstBackOff;
        for (int i = 1; i < attempt && pause.compareTo(maxBackOff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackOff) > 0 ? maxBackOff : pause;
    }
}
