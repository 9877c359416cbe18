package uk.socialvalue.training.booking.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionStatus;
import uk.socialvalue.training.booking.Sessions;

/**
 * Sessions in the {@value #COLLECTION} collection, one document each holding its bookings (in arrival order)
 * and its outbox, as {@link SessionMapping} writes it. Every change is one {@code updateOne} matching the
 * version it was loaded at, so seats, bookings and the events announcing them are written together or not at
 * all: a crash between two writes cannot oversell a session or lose a booking, because there is only one
 * write.
 */
@Repository
class MongoSessions extends AggregateStore<Session> implements Sessions {

    static final String COLLECTION = "sessions";

    private final MongoCollection<Document> collection;

    MongoSessions(AggregateStores stores) {
        super(stores, COLLECTION, Session.NAME, new SessionMapping());
        this.collection = collection();
        collection.createIndex(Indexes.ascending("bookings.id"), new IndexOptions().name("by_booking"));
        collection.createIndex(Indexes.ascending("bookings.organisationId"), new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending("status", "startsAt"), new IndexOptions().name("upcoming"));
    }

    @Override
    public Optional<Session> withBooking(String bookingId) {
        return first(Filters.eq("bookings.id", bookingId));
    }

    @Override
    public List<Session> withBookingsOf(String organisationId) {
        return list(Filters.eq("bookings.organisationId", organisationId));
    }

    @Override
    public List<Session> withBookingsInvolving(String personId, Collection<String> emails) {
        List<Bson> involving = new ArrayList<>(List.of(Filters.eq("bookings.contact.personId", personId)));
        if (!emails.isEmpty()) {
            involving.add(Filters.in("bookings.contact.email", emails));
            involving.add(Filters.in("bookings.attendees.email", emails));
        }
        return list(Filters.or(involving));
    }

    @Override
    public List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", SessionStatus.SCHEDULED.name()),
                Filters.gte("startsAt", Date.from(from))));
        if (to != null) {
            filters.add(Filters.lt("startsAt", Date.from(to)));
        }
        if (courseId != null) {
            filters.add(Filters.eq("course.id", courseId));
        }
        if (format != null) {
            filters.add(Filters.eq("format", format.name()));
        }
        return list(Filters.and(filters));
    }

    private List<Session> list(Bson filter) {
        return read(collection.find(filter).sort(Sorts.ascending("startsAt", "_id")));
    }
}
