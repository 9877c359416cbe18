package uk.socialvalue.training.booking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.socialvalue.support.domain.Retry;

/**
 * What training-service holds about a person: the bookings they made (as booking contact, by person id) or hold
 * a place on (as attendee, by email address). Erasing them keeps every booking, its seats, price and
 * attendance, and drops their name and address, and the attendee places held under that address; it can run
 * any number of times.
 */
public class BookingPersonalData {

    private final Sessions sessions;
    private final SessionBookings bookings;
    private final AttendeePlaces places;
    private final Retry retry;

    public BookingPersonalData(Sessions sessions, SessionBookings bookings, AttendeePlaces places, Retry retry) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.places = places;
        this.retry = retry;
    }

    public Map<String, Object> of(String personId, String email) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "training-service");
        held.put("personId", personId);
        held.put("bookings", bookings.involving(personId, email == null ? Set.of() : Set.of(email)).stream()
                .filter(booking -> booking.involves(personId, email))
                .flatMap(booking -> sessions.byId(booking.sessionId()).map(session -> entry(session, booking))
                        .stream())
                .toList());
        return held;
    }

    /** Erases the person from every booking that involves them. */
    public void erase(String personId, Collection<String> emails) {
        for (Booking found : bookings.involving(personId, emails)) {
            Optional<Booking> erased = retry.onConflict(() -> bookings.byId(found.id()).map(booking -> {
                Booking erasing = booking.erasing(personId, emails);
                if (erasing != booking) {
                    bookings.save(erasing);
                }
                return erasing;
            }));
            // The places were keyed by the address: they go with it.
            List<String> addresses = found.emails().stream().filter(emails::contains).toList();
            erased.ifPresent(booking -> places.release(booking.sessionId(), booking.id(), addresses));
        }
    }

    private static Map<String, Object> entry(Session session, Booking booking) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("bookingId", booking.id());
        entry.put("sessionId", session.id());
        entry.put("course", session.plan().course().title());
        entry.put("startsAt", session.plan().startsAt());
        entry.put("organisationName", booking.organisationName());
        entry.put("contact", booking.contact());
        entry.put("attendees", booking.attendees());
        entry.put("status", booking.status().name());
        entry.put("bookedAt", booking.bookedAt());
        entry.put("attendance", booking.attendance());
        return entry;
    }
}
