package uk.socialvalue.training.booking.web;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.Bookings;
import uk.socialvalue.training.booking.Session;

/** A booking as its organisation and SVUK staff see it, with the session it is for. */
record BookingView(String id, String sessionId, String organisationId, String organisationName, BookingStatus status,
        int seats, Integer waitlistPosition, List<AttendeeView> attendees, String purchaseOrder, PriceView price,
        ContactView contact, Instant bookedAt, Instant confirmedAt, Instant cancelledAt, String cancellationReason,
        SessionSummary session) {

    record AttendeeView(String name, String email, Boolean attended) {
    }

    record ContactView(String personId, String name, String email) {
    }

    record SessionSummary(String courseTitle, Instant startsAt, Instant endsAt, SessionFormat format, String venue,
            String onlineUrl) {
    }

    static BookingView of(Bookings.BookingOnSession found) {
        Booking booking = found.booking();
        Session session = found.session();
        var plan = session.plan();
        return new BookingView(booking.id(), session.id(), booking.organisationId(), booking.organisationName(),
                booking.status(), booking.seats(), found.waitlistPosition(),
                booking.attendees().stream().map(a -> new AttendeeView(a.name(), a.email(),
                        booking.attendance().get(a.email()))).toList(),
                booking.purchaseOrder(), PriceView.of(booking.price()),
                new ContactView(booking.contact().personId(), booking.contact().name(), booking.contact().email()),
                booking.bookedAt(), booking.confirmedAt(), booking.cancelledAt(), booking.cancellationReason(),
                new SessionSummary(plan.course().title(), plan.startsAt(), plan.endsAt(), plan.format(), plan.venue(),
                        booking.status() == BookingStatus.CONFIRMED ? plan.onlineUrl() : null));
    }
}
