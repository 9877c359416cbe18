package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.training.member.MemberOrganisation;
import uk.socialvalue.training.member.MembershipProjection;

/** Organisations booking and cancelling places, priced from training-service's own view of memberships. */
public class Bookings {

    private final Sessions sessions;
    private final SessionChanges changes;
    private final MembershipProjection memberships;
    private final Clock clock;

    public Bookings(Sessions sessions, SessionChanges changes, MembershipProjection memberships, Clock clock) {
        this.sessions = sessions;
        this.changes = changes;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** A booking and the session it is on. */
    public record BookingOnSession(Booking booking, Session session) {
    }

    /**
     * Books places at the member price if the organisation's membership is ACTIVE or in GRACE now, else at
     * the non-member price; the price is kept with the booking and never recomputed.
     */
    public BookingOnSession book(String sessionId, BookingRequest request) {
        var organisation = memberships.find(request.organisationId());
        PriceBasis basis = basis(organisation);
        String organisationName = organisation.map(MemberOrganisation::name).orElse(null);
        String bookingId = UUID.randomUUID().toString();
        return changes.change(sessionId, session -> new BookingOnSession(
                session.book(bookingId, request, organisationName, basis, now()), session));
    }

    /** What the organisation would pay now for {@code seats} places on the session: what {@link #book} charges. */
    public Price quote(String sessionId, String organisationId, int seats) {
        return session(sessionId).priceFor(seats, basis(memberships.find(organisationId)));
    }

    /** Every booking on the session, in arrival order. */
    public List<BookingOnSession> onSession(String sessionId) {
        Session session = session(sessionId);
        return session.bookings().stream().map(booking -> new BookingOnSession(booking, session)).toList();
    }

    public BookingOnSession cancel(String bookingId, boolean byAdmin, String reason) {
        Session session = sessions.withBooking(bookingId).orElseThrow(() -> new NotFound("No booking " + bookingId));
        BookingCancelled.Cause cause = byAdmin ? BookingCancelled.Cause.ADMIN : BookingCancelled.Cause.ORGANISATION;
        return changes.change(session.id(), latest -> new BookingOnSession(
                latest.cancelBooking(bookingId, cause, reason, now()), latest));
    }

    public BookingOnSession booking(String bookingId) {
        Session session = sessions.withBooking(bookingId).orElseThrow(() -> new NotFound("No booking " + bookingId));
        return new BookingOnSession(session.booking(bookingId).orElseThrow(() -> new NotFound("No booking " + bookingId)),
                session);
    }

    /** Every booking the organisation has made, by session start, then arrival. */
    public List<BookingOnSession> ofOrganisation(String organisationId) {
        return sessions.withBookingsOf(organisationId).stream()
                .flatMap(session -> session.bookings().stream()
                        .filter(booking -> booking.organisationId().equals(organisationId))
                        .map(booking -> new BookingOnSession(booking, session)))
                .toList();
    }

    private Session session(String sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFound("No session " + sessionId));
    }

    private static PriceBasis basis(Optional<MemberOrganisation> organisation) {
        return organisation.filter(MemberOrganisation::isMember).isPresent() ? PriceBasis.MEMBER : PriceBasis.NON_MEMBER;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
