package uk.socialvalue.training.booking.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionStatus;
import uk.socialvalue.training.booking.Sessions;

/**
 * Sessions in the {@value #COLLECTION} collection, one small document each, as {@link SessionMapping} writes
 * it: the plan, status and version, the outbox of the session's own events, and the seat counters
 * {@value SessionMapping#SEATS_TAKEN} and {@value SessionMapping#WAITLISTED}. The counters change only through
 * {@code $inc} on the document found by its {@code _id}, which every MongoDB, the embedded one included,
 * answers through the {@code _id} index, so a booking costs the same on a busy session as on a quiet one.
 */
@Repository
class MongoSessions extends AggregateStore<Session> implements Sessions {

    static final String COLLECTION = "sessions";

    private final MongoCollection<Document> collection;

    MongoSessions(AggregateStores stores) {
        super(stores, COLLECTION, Session.NAME, new SessionMapping());
        this.collection = collection();
        collection.createIndex(Indexes.ascending("status", "startsAt"), new IndexOptions().name("upcoming"));
    }

    @Override
    public SeatClaim takeSeats(String sessionId, int seats) {
        Document after = collection.findOneAndUpdate(Filters.eq("_id", sessionId),
                Updates.inc(SessionMapping.SEATS_TAKEN, seats), new FindOneAndUpdateOptions()
                        .returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include(SessionMapping.SEATS_TAKEN, "capacity", "status")));
        if (after == null) {
            throw new NotFound("No session " + sessionId);
        }
        int taken = after.getInteger(SessionMapping.SEATS_TAKEN);
        int capacity = after.getInteger("capacity");
        boolean scheduled = SessionStatus.SCHEDULED.name().equals(after.getString("status"));
        if (scheduled && taken <= capacity) {
            return new SeatClaim(SeatClaim.Outcome.TAKEN, taken, capacity);
        }
        releaseSeats(sessionId, seats);
        return new SeatClaim(scheduled ? SeatClaim.Outcome.FULL : SeatClaim.Outcome.CLOSED, taken - seats, capacity);
    }

    @Override
    public void releaseSeats(String sessionId, int seats) {
        collection.updateOne(Filters.eq("_id", sessionId), Updates.inc(SessionMapping.SEATS_TAKEN, -seats));
    }

    @Override
    public List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format, int page,
            int size) {
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
        return read(collection.find(Filters.and(filters)).sort(Sorts.ascending("startsAt", "_id"))
                .skip(page * size).limit(size));
    }
}
