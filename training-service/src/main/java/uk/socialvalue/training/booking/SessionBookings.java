package uk.socialvalue.training.booking;

import java.util.Collection;
import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** Every booking, each a document of its own keyed by its id and stored with the id of its session. */
public interface SessionBookings extends Aggregates<Booking> {

    /** The session's bookings in arrival order, one page of them. */
    List<Booking> ofSession(String sessionId, int page, int size);

    /** Every booking on the session in arrival order, for the rare changes that touch them all. */
    List<Booking> allOfSession(String sessionId);

    /** Bookings whose contact is the person, or with one of the addresses as contact or attendee. */
    List<Booking> involving(String personId, Collection<String> emails);

    /** An organisation's bookings, newest first, one page of them. */
    List<Booking> ofOrganisation(String organisationId, int page, int size);
}
