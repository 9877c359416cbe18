package uk.socialvalue.portal.api;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One value fetched from a service and kept for an hour: the council register, regions and membership types,
 * which every application form shows and which change only with a release. A failed fetch is not kept.
 */
final class Expiring<T> {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Supplier<T> source;
    private volatile T value;
    private volatile long fetchedAt;

    Expiring(Supplier<T> source) {
        this.source = source;
    }

    T get() {
        T current = value;
        if (current != null && System.nanoTime() - fetchedAt < LIFETIME.toNanos()) {
            return current;
        }
        T fresh = source.get();
        value = fresh;
        fetchedAt = System.nanoTime();
        return fresh;
    }
}
