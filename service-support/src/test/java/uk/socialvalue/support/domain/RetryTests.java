package uk.socialvalue.support.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTests {

    RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(40), 0.5, Duration.ofSeconds(1));
    AtomicLong now = new AtomicLong();
    List<Duration> pauses = new ArrayList<>();
    double random = 0;
    Retry retry = new Retry(policy, now::get, pause -> {
        pauses.add(pause);
        now.addAndGet(pause.toNanos());
    }, () -> random);

    @Test
    void returnsWhatTheFirstAttemptReturnsWithoutPausing() {
        assertThat(retry.onConflict(() -> "done")).isEqualTo("done");
        assertThat(pauses).isEmpty();
    }

    @Test
    void triesTheWholeChangeAgainUntilAnAttemptGetsThrough() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.onConflict(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentUpdate("Meeting", "m-1");
            }
            return "attempt " + attempts.get();
        });

        assertThat(result).isEqualTo("attempt 3");
        assertThat(pauses).hasSize(2);
    }

    @Test
    void givesTheLastConflictToTheCallerOnceTheAttemptsAreSpent() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.onConflict(() -> {
            throw new ConcurrentUpdate("Session", "s-" + attempts.incrementAndGet());
        })).isInstanceOf(ConcurrentUpdate.class).hasMessage("Session s-5 was changed by someone else at the same time");

        assertThat(attempts).hasValue(5);
    }

    @Test
    void startsNoAttemptAfterTheDeadline() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.onConflict(() -> {
            attempts.incrementAndGet();
            now.addAndGet(Duration.ofMillis(600).toNanos()); // a slow change
            throw new ConcurrentUpdate("Organisation", "o-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(2);
    }

    @Test
    void doublesEachPauseUpToTheLongest() {
        assertThatThrownBy(() -> retry.onConflict(() -> {
            throw new ConcurrentUpdate("Course", "c-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(pauses).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40),
                Duration.ofMillis(40));
    }

    @Test
    void shortensEachPauseByARandomPartOfUpToTheJitter() {
        random = 1; // the most the jitter can take off: half, with a jitter of 0.5

        assertThatThrownBy(() -> retry.onConflict(() -> {
            throw new ConcurrentUpdate("Course", "c-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(pauses).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20),
                Duration.ofMillis(20));
    }

    @Test
    void neverRetriesAnyOtherFailure() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.onConflict(() -> {
            attempts.incrementAndGet();
            throw new InvalidField("title", "is required");
        })).isInstanceOf(InvalidField.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void stopsAtOnceWhenInterruptedWhilePausing() {
        Retry interrupted = new Retry(policy, now::get, pause -> {
            throw new InterruptedException();
        }, () -> 0);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> interrupted.onConflict(() -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("Meeting", "m-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(1);
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void refusesAPolicyWithoutAnyAttemptOrWithJitterBeyondTheWholePause() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO))
                .hasMessageContaining("attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.5, Duration.ZERO))
                .hasMessageContaining("jitter");
    }
}
