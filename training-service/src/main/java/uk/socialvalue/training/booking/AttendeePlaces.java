package uk.socialvalue.training.booking;

import java.util.List;
import java.util.Optional;

/**
 * One live place per attendee email per session: a booking claims a place for each of its attendees before
 * it takes seats, and gives them back when it is cancelled. Each place is a keyed record, so the check costs
 * the same on a session of ten bookings and of ten thousand.
 */
public interface AttendeePlaces {

    /**
     * Claims a place on the session for each email, for the booking. All or nothing: when some are held by
     * other live bookings, none is claimed.
     *
     * @return the emails already holding a place, in the order given; empty when all were claimed
     */
    List<String> claim(String sessionId, String bookingId, List<String> emails);

    /** Gives back the booking's places. */
    void release(String sessionId, String bookingId, List<String> emails);

    /** The booking holding the email's place on the session. */
    Optional<String> holder(String sessionId, String email);
}
