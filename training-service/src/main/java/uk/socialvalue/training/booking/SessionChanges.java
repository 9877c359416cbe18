package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Loads a session, changes it and saves it with its events, trying again when another writer got there
 * first.
 * <p>
 * Correctness comes from the store: {@link Sessions#save} writes only if the session is unchanged since it
 * was loaded, whichever instance of the service wrote it. The fair lock per session within this instance only
 * spares a busy session's requests from racing each other (and keeps them in arrival order); it guarantees
 * nothing across instances, nor needs to.
 */
class SessionChanges {

    private static final int STRIPES = 64;
    /** A change that cannot get through in this long is given up as too busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Sessions sessions;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    SessionChanges(Sessions sessions) {
        this.sessions = sessions;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    /** Applies the change to the latest state of the session and stores it if it recorded events. */
    <T> T change(String sessionId, Function<Session, T> change) {
        ReentrantLock lock = locks[Math.floorMod(sessionId.hashCode(), STRIPES)];
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            if (!lock.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Sessions.ConcurrentUpdate(sessionId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Sessions.ConcurrentUpdate(sessionId);
        }
        try {
            while (true) {
                Session session = sessions.byId(sessionId).orElseThrow(() -> new NoSuchSession(sessionId));
                T result = change.apply(session);
                if (session.events().isEmpty()) {
                    return result; // every change records an event: nothing to store
                }
                try {
                    sessions.save(session);
                    return result;
                } catch (Sessions.ConcurrentUpdate e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    pause();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** A short random pause, so that two instances retrying do not collide in step. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
