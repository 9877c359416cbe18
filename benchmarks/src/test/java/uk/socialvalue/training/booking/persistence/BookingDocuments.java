package uk.socialvalue.training.booking.persistence;

import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.training.booking.Booking;

/**
 * training-service's mapping of a booking to the document it stores, for the in-process benchmarks, which start
 * no store: {@link BookingMapping} is package-private, as only the repository uses it.
 */
public final class BookingDocuments {

    private BookingDocuments() {
    }

    public static AggregateMapping<Booking> mapping() {
        return new BookingMapping();
    }
}
