package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.Aggregates;

/**
 * Every session, each a small document of its own: its plan and status, versioned like any aggregate, and its
 * seat counters, which only atomic conditional updates change.
 */
public interface Sessions extends Aggregates<Session> {

    /**
     * Takes seats on the session in one atomic update: the seats are added to those taken and kept only if the
     * total stays within the capacity and the session is still scheduled; otherwise they are given back at
     * once. So no interleaving of bookings on any number of instances ever confirms more seats than the
     * session has: a booking is confirmed only when its own addition kept the total within the capacity, and
     * the counter never counts fewer seats than confirmed bookings hold.
     *
     * @throws uk.socialvalue.support.domain.NotFound when there is no such session
     */
    SeatClaim takeSeats(String sessionId, int seats);

    /**
     * Saves a changed session only if the seats taken, as they stand at that moment, still fit its capacity;
     * else, as when another writer changed it, {@link uk.socialvalue.support.domain.ConcurrentUpdate}, and the
     * use case decides again on the fresh counts.
     */
    void saveWithinSeats(Session session);

    /** Gives back seats a booking held, or that a promotion took and could not use. */
    void releaseSeats(String sessionId, int seats);

    /**
     * Scheduled sessions starting in {@code [from, to)}, soonest first, optionally of one course and format,
     * one page of them.
     */
    List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format, int page, int size);

    /** The sessions with these ids, by id, in one read; ids of no session are left out. */
    Map<String, Session> byIds(Collection<String> ids);

    /** What became of an attempt to take seats, and how many the session had taken just after it. */
    record SeatClaim(Outcome outcome, int seatsTaken, int capacity) {

        public enum Outcome {
            /** The seats are the booking's. */
            TAKEN,
            /** Not enough seats were left: nothing was taken. */
            FULL,
            /** The session is cancelled: nothing was taken. */
            CLOSED
        }

        public int seatsLeft() {
            return Math.max(0, capacity - seatsTaken);
        }
    }
}
