package uk.socialvalue.training.booking.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.SessionBookings;

/**
 * Bookings in the {@value #COLLECTION} collection, one document each with its outbox, keyed by the booking id:
 * what a booking, its cancellation or its promotion writes is that one document. Lists by session and by
 * organisation use the indexes {@code by_session} and {@code by_organisation} on real MongoDB; the embedded
 * store reads the collection for them, which only lists, the rare whole-session changes and a person's data
 * (download and erasure, by {@code by_contact} and {@code by_attendee} on real MongoDB) do.
 */
@Repository
class MongoSessionBookings extends AggregateStore<Booking> implements SessionBookings {

    static final String COLLECTION = "bookings";

    MongoSessionBookings(AggregateStores stores) {
        super(stores, COLLECTION, Booking.NAME, new BookingMapping());
        collection().createIndex(Indexes.ascending(BookingMapping.SESSION_ID, BookingMapping.BOOKED_AT),
                new IndexOptions().name("by_session"));
        collection().createIndex(Indexes.compoundIndex(Indexes.ascending(BookingMapping.ORGANISATION_ID),
                Indexes.descending(BookingMapping.BOOKED_AT)), new IndexOptions().name("by_organisation"));
        collection().createIndex(Indexes.ascending("contact.personId"), new IndexOptions().name("by_contact"));
        collection().createIndex(Indexes.ascending("attendees.email"), new IndexOptions().name("by_attendee"));
    }

    @Override
    public List<Booking> ofSession(String sessionId, int page, int size) {
        return read(collection().find(Filters.eq(BookingMapping.SESSION_ID, sessionId))
                .sort(Sorts.ascending(BookingMapping.BOOKED_AT, "_id")).skip(page * size).limit(size));
    }

    @Override
    public List<Booking> allOfSession(String sessionId) {
        return read(collection().find(Filters.eq(BookingMapping.SESSION_ID, sessionId))
                .sort(Sorts.ascending(BookingMapping.BOOKED_AT, "_id")));
    }

    @Override
    public List<Booking> involving(String personId, Collection<String> emails) {
        List<Bson> involving = new ArrayList<>(List.of(Filters.eq("contact.personId", personId)));
        if (!emails.isEmpty()) {
            involving.add(Filters.in("contact.email", emails));
            involving.add(Filters.in("attendees.email", emails));
        }
        return read(collection().find(Filters.or(involving)));
    }

    @Override
    public List<Booking> ofOrganisation(String organisationId, int page, int size) {
        return read(collection().find(Filters.eq(BookingMapping.ORGANISATION_ID, organisationId))
                .sort(Sorts.orderBy(Sorts.descending(BookingMapping.BOOKED_AT), Sorts.ascending("_id")))
                .skip(page * size).limit(size));
    }
}
