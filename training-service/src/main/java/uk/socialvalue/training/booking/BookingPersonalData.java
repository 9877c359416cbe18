package uk.socialvalue.training.booking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.socialvalue.support.domain.Retry;

/**
 * What training-service holds about a person: the bookings they made (as booking contact, by person id) or hold
 * a place on (as attendee, by email address). Erasing them keeps every booking, its seats, price and
 * attendance, and drops their name and address; it can run any number of times.
 */
public class BookingPersonalData {

    private final Sessions sessions;
    private final Retry retry;

    public BookingPersonalData(Sessions sessions, Retry retry) {
        this.sessions = sessions;
        this.retry = retry;
    }

    public Map<String, Object> of(String personId, String email) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "training-service");
        held.put("personId", personId);
        held.put("bookings", sessions.withBookingsInvolving(personId, email == null ? Set.of() : Set.of(email))
                .stream().flatMap(session -> session.bookings().stream()
                        .filter(booking -> booking.involves(personId, email))
                        .map(booking -> entry(session, booking)))
                .toList());
        return held;
    }

    /** Erases the person from every booking that involves them. */
    public void erase(String personId, Collection<String> emails) {
        for (Session found : sessions.withBookingsInvolving(personId, emails)) {
            retry.onConflict(() -> sessions.byId(found.id())
                    .filter(session -> session.erasePerson(personId, emails))
                    .map(session -> {
                        sessions.save(session);
                        return true;
                    }).orElse(false));
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
