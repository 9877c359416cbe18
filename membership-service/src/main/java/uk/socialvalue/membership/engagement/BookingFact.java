package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A training booking: live (confirmed or waiting for places) or cancelled. It counts in the month it was
 * made, with its places, until it is cancelled.
 *
 * @param bookedIn  the UK month of the first report of it, its creation
 */
public record BookingFact(String bookingId, String organisationId, Course course, YearMonth bookedIn, boolean live,
        int seats, String eventId, Instant occurredAt) implements Fact {

    @Override
    public String key() {
        return "booking:" + bookingId;
    }

    @Override
    public Contribution contribution() {
        return new Contribution(bookedIn, live ? Figures.booking(course, seats) : Figures.NONE);
    }

    @Override
    public Fact updatedBy(Fact newer) {
        BookingFact report = (BookingFact) newer;
        return new BookingFact(bookingId, organisationId, report.course, bookedIn, report.live, report.seats,
                report.eventId, report.occurredAt);
    }
}
