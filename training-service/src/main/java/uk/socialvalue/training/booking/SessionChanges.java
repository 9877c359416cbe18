package uk.socialvalue.training.booking;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;

/**
 * Loads a session, changes it and saves it with its events, worked out again by the service's {@link Retry}
 * when another writer got there first. One instance serves every use case of the service.
 * <p>
 * Correctness comes from the store: {@link Sessions#save} writes only if the session is unchanged since it
 * was loaded, whichever instance of the service wrote it. The fair lock per session within this instance only
 * spares a busy session's requests from racing each other (and keeps them in arrival order); it guarantees
 * nothing across instances, nor needs to. A request waits for its turn no longer than the retry's deadline.
 */
public class SessionChanges {

    private static final int STRIPES = 64;

    private final Sessions sessions;
    private final Retry retry;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public SessionChanges(Sessions sessions, Retry retry) {
        this.sessions = sessions;
        this.retry = retry;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    /** Applies the change to the latest state of the session and stores it if it recorded events. */
    <T> T change(String sessionId, Function<Session, T> change) {
        ReentrantLock lock = locks[Math.floorMod(sessionId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(retry.patience().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConcurrentUpdate(Session.NAME, sessionId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdate(Session.NAME, sessionId);
        }
        try {
            return retry.onConflict(() -> {
                Session session = sessions.byId(sessionId).orElseThrow(() -> new NotFound("No session " + sessionId));
                T result = change.apply(session);
                if (!session.events().isEmpty()) { // every change records an event: else nothing to store
                    sessions.save(session);
                }
                return result;
            });
        } finally {
            lock.unlock();
        }
    }
}
