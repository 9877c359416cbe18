package uk.socialvalue.training.booking;

import java.util.List;

/**
 * The waiting list of each session: the bookings waiting for seats, in arrival order. It is kept apart from
 * the session and from the bookings, one small entry per waiting booking, numbered in order, so that joining
 * it is one atomic counter update and one insert, and promotion reads the entries by their keys in order.
 */
public interface WaitingLists {

    /** Puts the booking at the end of the session's waiting list. */
    Place join(String sessionId, String bookingId, int seats);

    /** Takes the booking with this number off the session's waiting list; nothing if it is off already. */
    void leave(String sessionId, long number);

    /** The waiting entries of the session, in arrival order. */
    List<Entry> inOrder(String sessionId);

    /** Where the booking with this number stands in the queue now, from 1; 0 when it is not waiting. */
    int positionOf(String sessionId, long number);

    /**
     * A booking's place when it joined.
     *
     * @param number    its number in the session's list, which never changes
     * @param position  how many live bookings were waiting, it included, when it joined
     */
    record Place(long number, int position) {
    }

    /** A waiting booking, as promotion reads it. */
    record Entry(long number, String bookingId, int seats) {
    }
}
