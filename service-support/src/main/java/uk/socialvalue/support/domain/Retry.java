package uk.socialvalue.support.domain;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one way a use case tries a change again when another writer got there first. The change passed in
 * must be the whole unit of work: load the aggregate, decide, save it. Each attempt therefore decides on the
 * state as it is now, never on a stale copy. Only a {@link ConcurrentUpdate} is retried, within the
 * {@link RetryPolicy}; when the policy is spent, the last {@code ConcurrentUpdate} goes to the caller (a 409).
 * <p>
 * A change whose retrying would silently undo another writer's work, such as replacing a course's details
 * with what an admin typed, is not passed through here: its conflict goes straight to the caller.
 */
public final class Retry {

    /** Pauses the calling thread; a seam for tests. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final LongSupplier nanoTime;
    private final Pause pause;
    private final DoubleSupplier random;

    public Retry(RetryPolicy policy) {
        this(policy, System::nanoTime, duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    Retry(RetryPolicy policy, LongSupplier nanoTime, Pause pause, DoubleSupplier random) {
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.pause = pause;
        this.random = random;
    }

    /**
     * Runs the change, and runs it again while it fails with {@link ConcurrentUpdate}, pausing between
     * attempts, as long as the policy allows.
     *
     * @return what the attempt that got through returned
     * @throws ConcurrentUpdate from the last attempt, when attempts or time ran out
     */
    public <T> T onConflict(Supplier<T> change) {
        long deadline = nanoTime.getAsLong() + policy.deadline().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ConcurrentUpdate conflict) {
                if (attempt >= policy.attempts() || nanoTime.getAsLong() - deadline >= 0) {
                    throw conflict;
                }
                pauseAfter(attempt, conflict);
            }
        }
    }

    /** How long a caller may wait for its turn at an aggregate, before even its first attempt: the deadline. */
    public Duration patience() {
        return policy.deadline();
    }

    private void pauseAfter(int attempt, ConcurrentUpdate conflict) {
        Duration backOff = policy.backOffAfter(attempt);
        long nanos = Math.round(backOff.toNanos() * (1 - policy.jitter() * random.getAsDouble()));
        try {
            pause.pause(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw conflict;
        }
    }
}
