package uk.socialvalue.training.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.Aggregates;

/** Every session, each with its bookings. */
public interface Sessions extends Aggregates<Session> {

    /**
     * Stores the session's new state with the events it recorded, in one write, if nobody changed it since it
     * was loaded. This check is what keeps capacity across instances of the service.
     *
     * @throws uk.socialvalue.support.domain.ConcurrentUpdate when it changed since it was loaded
     */
    @Override
    void save(Session session);

    /** The session holding the booking. */
    Optional<Session> withBooking(String bookingId);

    /** Sessions on which the organisation has made bookings, soonest first. */
    List<Session> withBookingsOf(String organisationId);

    /** Sessions with a booking whose contact is the person, or with one of the addresses as contact or attendee. */
    List<Session> withBookingsInvolving(String personId, java.util.Collection<String> emails);

    /** Scheduled sessions starting in {@code [from, to)}, soonest first, optionally of one course and format. */
    List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format);
}
