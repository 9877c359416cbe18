package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.training.member.MemberOrganisation;
import uk.socialvalue.training.member.MembershipProjection;

/**
 * Organisations booking and cancelling places, priced from training-service's own view of memberships.
 * <p>
 * A booking is a handful of keyed writes, none of which reads or rewrites the session's other bookings:
 * <ol>
 *   <li>claim a place for each attendee ({@link AttendeePlaces}: one live place per email per session);</li>
 *   <li>take the seats with one atomic conditional update of the session's counter ({@link Sessions#takeSeats});
 *       if they do not fit, join the end of the waiting list ({@link WaitingLists#join});</li>
 *   <li>store the booking, with its event in its own outbox, in one write.</li>
 * </ol>
 * The counter never confirms more seats than the session has, on any number of instances. A crash between
 * taking seats and storing the booking leaves those seats counted for a booking that does not exist: the
 * session is undersold by them, never oversold. Freed seats go to the earliest waiting bookings that fit,
 * each promotion taking its seats through the same counter.
 * <p>
 * Nothing here waits on invoicing: the invoice and credit note are issued from the booking's own events
 * ({@code BookingConfirmed}, {@code BookingPromoted}, {@code BookingCancelled}), read back from the topic.
 */
public class Bookings {

    private static final int STRIPES = 64;

    private final Sessions sessions;
    private final SessionBookings bookings;
    private final WaitingLists waitingLists;
    private final AttendeePlaces places;
    private final MembershipProjection memberships;
    private final Retry retry;
    private final Clock clock;
    private final ReentrantLock[] promoting = new ReentrantLock[STRIPES];

    public Bookings(Sessions sessions, SessionBookings bookings, WaitingLists waitingLists, AttendeePlaces places,
            MembershipProjection memberships, Retry retry, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.waitingLists = waitingLists;
        this.places = places;
        this.memberships = memberships;
        this.retry = retry;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            promoting[i] = new ReentrantLock();
        }
    }

    /**
     * A booking and the session it is on.
     *
     * @param waitlistPosition  where it stands in the waiting list, from 1, while it waits; else {@code null}
     */
    public record BookingOnSession(Booking booking, Session session, Integer waitlistPosition) {
    }

    /**
     * Books places at the member price if the organisation's membership is ACTIVE or in GRACE now, else at
     * the non-member price; the price is kept with the booking and never recomputed. Confirmed if the seats
     * are there, else put whole on the waiting list.
     *
     * @throws uk.socialvalue.support.domain.InvalidField when the request itself is wrong (no attendees, one
     *                                                    named twice, more attendees than the session has seats)
     * @throws BookingRefused when the session is cancelled or closed, or an attendee already holds a place
     */
    public BookingOnSession book(String sessionId, BookingRequest request) {
        Session session = session(sessionId);
        List<Attendee> attendees = Attendees.normalised(request.attendees());
        Instant now = now();
        session.checkBookable(attendees.size(), now);
        var organisation = memberships.find(request.organisationId());
        Price price = session.priceFor(attendees.size(), basis(organisation));
        String organisationName = organisation.map(MemberOrganisation::name).orElse(null);
        String bookingId = UUID.randomUUID().toString();
        List<String> emails = attendees.stream().map(Attendee::email).toList();

        List<String> alreadyBooked = places.claim(sessionId, bookingId, emails);
        if (!alreadyBooked.isEmpty()) {
            throw new BookingRefused("Already holding a place on this session: " + String.join(", ", alreadyBooked),
                    Map.of("emails", alreadyBooked));
        }
        Booking booking;
        try {
            booking = place(session, bookingId, request, attendees, organisationName, price, now);
        } catch (RuntimeException e) {
            places.release(sessionId, bookingId, emails);
            throw e;
        }
        if (booking.status() == BookingStatus.WAITLISTED) {
            // Seats may have come free while it joined, or been held only for a moment by a larger booking.
            promoteWaitingBookings(sessionId);
        }
        Session latest = session(sessionId);
        if (latest.status() == SessionStatus.CANCELLED) {
            // The session was cancelled while this booking was being made: it may have missed it.
            cancelledWithTheSession(bookingId, latest);
            return onSession(stored(bookingId));
        }
        if (!latest.details().equals(session.details())) {
            // It was rescheduled meanwhile: the booking's people may have been told of the old plan.
            rescheduledMeanwhile(bookingId, session.details(), latest);
            return onSession(stored(bookingId), latest);
        }
        if (booking.status() == BookingStatus.WAITLISTED) {
            Booking current = stored(bookingId);
            return current.status() == BookingStatus.WAITLISTED
                    ? new BookingOnSession(current, latest, booking.waitlistedAt()) : onSession(current, latest);
        }
        return new BookingOnSession(booking, latest, null);
    }

    private Booking place(Session session, String bookingId, BookingRequest request, List<Attendee> attendees,
            String organisationName, Price price, Instant now) {
        Sessions.SeatClaim claim = sessions.takeSeats(session.id(), attendees.size());
        switch (claim.outcome()) {
            case CLOSED -> throw new BookingRefused("The session was cancelled");
            case TAKEN -> {
                Booking booking = Booking.confirmed(bookingId, session, request, attendees, organisationName, price, now);
                try {
                    bookings.add(booking);
                } catch (RuntimeException e) {
                    sessions.releaseSeats(session.id(), attendees.size());
                    throw e;
                }
                return booking;
            }
            default -> {
                WaitingLists.Place place = waitingLists.join(session.id(), bookingId, attendees.size());
                Booking booking = Booking.waitlisted(bookingId, session, request, attendees, organisationName, price,
                        now, place);
                try {
                    bookings.add(booking);
                } catch (RuntimeException e) {
                    waitingLists.leave(session.id(), place.number());
                    throw e;
                }
                return booking;
            }
        }
    }

    private void rescheduledMeanwhile(String bookingId, SessionDetails told, Session latest) {
        List<SessionChange> changes = Session.changesBetween(told, latest.details());
        retry.onConflict(() -> {
            Booking booking = stored(bookingId);
            if (booking.sessionRescheduled(latest, told, changes, now())) {
                bookings.save(booking);
            }
            return booking;
        });
    }

    /**
     * Replaces a live booking's attendees before the cut-off, seat for seat: the newcomers' places are claimed
     * first (one live place per email per session still holds), the booking saved with its
     * {@code AttendeesSubstituted} event, then the leavers' places given back.
     *
     * @throws BookingRefused when it is cancelled or closed, or a newcomer already holds a place on the session
     */
    public BookingOnSession substitute(String bookingId, List<Attendee> requested) {
        Booking loaded = stored(bookingId);
        Session session = session(loaded.sessionId());
        List<Attendee> attendees = Attendees.normalised(requested);
        loaded.checkSubstitutable(attendees, session, now());
        List<String> joining = attendees.stream().map(Attendee::email)
                .filter(email -> !loaded.emails().contains(email)).toList();
        List<String> alreadyBooked = places.claim(session.id(), bookingId, joining);
        if (!alreadyBooked.isEmpty()) {
            throw new BookingRefused("Already holding a place on this session: " + String.join(", ", alreadyBooked),
                    Map.of("emails", alreadyBooked));
        }
        record Swapped(List<String> before, Booking after) {
        }
        Swapped swapped;
        try {
            swapped = retry.onConflict(() -> {
                Booking booking = stored(bookingId);
                List<String> before = booking.emails();
                booking.substitute(attendees, session, now());
                bookings.save(booking);
                return new Swapped(before, booking);
            });
        } catch (RuntimeException e) {
            places.release(session.id(), bookingId, joining);
            throw e;
        }
        List<String> leaving = swapped.before().stream().filter(email -> !swapped.after().emails().contains(email))
                .toList();
        places.release(session.id(), bookingId, leaving);
        return onSession(swapped.after(), session);
    }

    /** What the organisation would pay now for {@code seats} places on the session: what {@link #book} charges. */
    public Price quote(String sessionId, String organisationId, int seats) {
        return session(sessionId).priceFor(seats, basis(memberships.find(organisationId)));
    }

    /**
     * Cancels a booking; its seats go at once to the earliest waiting bookings that fit.
     *
     * @throws BookingRefused when it is cancelled already or too late for who asks
     */
    public BookingOnSession cancel(String bookingId, boolean byAdmin, String reason) {
        BookingCancelled.Cause cause = byAdmin ? BookingCancelled.Cause.ADMIN : BookingCancelled.Cause.ORGANISATION;
        Booking cancelled = cancelAndFree(bookingId, cause, reason);
        promoteWaitingBookings(cancelled.sessionId());
        return onSession(bookings.byId(bookingId).orElse(cancelled));
    }

    /**
     * Cancels the booking and gives back what it held: its seats or its place in the waiting list, and its
     * attendees' places. The booking is cancelled first, so its seats are never free while it still holds them.
     */
    private Booking cancelAndFree(String bookingId, BookingCancelled.Cause cause, String reason) {
        record Cancelled(Booking booking, BookingStatus was) {
        }
        Cancelled done = retry.onConflict(() -> {
            Booking booking = stored(bookingId);
            Session session = session(booking.sessionId());
            BookingStatus was = booking.status();
            booking.cancel(cause, reason, session, now());
            bookings.save(booking);
            return new Cancelled(booking, was);
        });
        Booking booking = done.booking();
        if (done.was() == BookingStatus.CONFIRMED) {
            sessions.releaseSeats(booking.sessionId(), booking.seats());
        } else if (booking.waitingNumber() != null) {
            waitingLists.leave(booking.sessionId(), booking.waitingNumber());
        }
        places.release(booking.sessionId(), bookingId, booking.emails());
        return booking;
    }

    /** Cancels a live booking because its session was cancelled; whether it was live. */
    boolean cancelledWithTheSession(String bookingId, Session session) {
        if (!stored(bookingId).status().isLive()) {
            return false;
        }
        try {
            cancelAndFree(bookingId, BookingCancelled.Cause.SESSION_CANCELLED, session.cancellationReason());
            return true;
        } catch (BookingRefused cancelledMeanwhile) {
            return false;
        }
    }

    /**
     * Confirms, in arrival order, each waiting booking that fits in the seats left (a large booking does not
     * block a smaller one behind it). Each promotion takes its seats through the session's counter before the
     * booking is confirmed, and gives them back if the booking was cancelled meanwhile. Within this instance one
     * promotion runs per session at a time; across instances the counter keeps the capacity.
     */
    void promoteWaitingBookings(String sessionId) {
        ReentrantLock lock = promoting[Math.floorMod(sessionId.hashCode(), STRIPES)];
        lock.lock();
        try {
            Session session = session(sessionId);
            int seatsLeft = session.seatsLeft();
            if (seatsLeft == 0 || session.waitlisted() == 0 || !session.promotesAt(now())) {
                return;
            }
            for (WaitingLists.Entry entry : waitingLists.inOrder(sessionId)) {
                if (seatsLeft == 0) {
                    return;
                }
                if (entry.seats() > seatsLeft) {
                    continue;
                }
                Sessions.SeatClaim claim = sessions.takeSeats(sessionId, entry.seats());
                seatsLeft = claim.seatsLeft();
                if (claim.outcome() == Sessions.SeatClaim.Outcome.CLOSED) {
                    return;
                }
                if (claim.outcome() == Sessions.SeatClaim.Outcome.TAKEN && !promote(entry.bookingId(), session)) {
                    sessions.releaseSeats(sessionId, entry.seats());
                    seatsLeft += entry.seats();
                }
                if (claim.outcome() == Sessions.SeatClaim.Outcome.TAKEN) {
                    waitingLists.leave(sessionId, entry.number());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Confirms the waiting booking; false when it no longer waits (cancelled meanwhile). */
    private boolean promote(String bookingId, Session session) {
        return retry.onConflict(() -> {
            Optional<Booking> found = bookings.byId(bookingId);
            if (found.isEmpty() || found.get().status() != BookingStatus.WAITLISTED) {
                return false;
            }
            Booking booking = found.get();
            booking.promote(session, now());
            bookings.save(booking);
            return true;
        });
    }

    public BookingOnSession booking(String bookingId) {
        return onSession(stored(bookingId));
    }

    /** An organisation's bookings, newest first, one page of them, with their sessions read in one go. */
    public List<BookingOnSession> ofOrganisation(String organisationId, int page, int size) {
        List<Booking> onPage = bookings.ofOrganisation(organisationId, page, size);
        Map<String, Session> sessionsOnPage = sessions.byIds(onPage.stream().map(Booking::sessionId).toList());
        return onPage.stream().map(booking -> onSession(booking, Optional.ofNullable(sessionsOnPage.get(
                booking.sessionId())).orElseThrow(() -> new NotFound("No session " + booking.sessionId())))).toList();
    }

    /** The bookings on a session in arrival order, one page of them. */
    public List<BookingOnSession> onSession(String sessionId, int page, int size) {
        Session session = session(sessionId);
        return bookings.ofSession(sessionId, page, size).stream().map(booking -> onSession(booking, session)).toList();
    }

    private BookingOnSession onSession(Booking booking) {
        return onSession(booking, session(booking.sessionId()));
    }

    private BookingOnSession onSession(Booking booking, Session session) {
        Integer position = booking.status() == BookingStatus.WAITLISTED && booking.waitingNumber() != null
                ? Integer.valueOf(waitingLists.positionOf(session.id(), booking.waitingNumber())) : null;
        return new BookingOnSession(booking, session, position == null || position == 0 ? null : position);
    }

    private Booking stored(String bookingId) {
        return bookings.byId(bookingId).orElseThrow(() -> new NotFound("No booking " + bookingId));
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
