package uk.socialvalue.membership.throttling;

import java.time.Duration;

/** A limit was reached: answered with 429 and a {@code Retry-After} of {@link #retryAfter()}. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
