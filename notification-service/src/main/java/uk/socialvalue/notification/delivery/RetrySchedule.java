package uk.socialvalue.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed email again: exponential back-off, {@code firstDelay * multiplier^(n-1)} after the
 * n-th failure, capped at {@code maxDelay}, for at most {@code maxAttempts} attempts in all.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("Back-off must be positive and growing");
        }
    }

    /** When to make the next attempt after {@code attemptsMade} failed ones, or empty when that was the last. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        double millis = firstDelay.toMillis() * Math.pow(multiplier, Math.max(0, attemptsMade - 1));
        long delay = (long) Math.min(millis, maxDelay.toMillis());
        return Optional.of(now.plusMillis(delay));
    }
}
