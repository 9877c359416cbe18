package uk.socialvalue.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.socialvalue.support.domain.NotFound;

/**
 * The events the relay parked, in the {@value #COLLECTION} collection (small: only what failed for good), for
 * staff to see and to republish once the cause is fixed. Republishing an event twice publishes it once: the
 * second request finds it republished.
 */
public class ParkedEvents {

    static final String COLLECTION = "outboxParked";
    private static final String REPUBLISHED_AT = "republishedAt";
    private static final String LEASE = "republishLeaseUntil";
    private static final Bson WAITING = Filters.exists(REPUBLISHED_AT, false);
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(2);

    /** What became of a request to republish. */
    public enum Outcome { REPUBLISHED, ALREADY_REPUBLISHED }

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public ParkedEvents(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Parks the entry; parking it again (after a crash half-way) changes nothing. */
    void park(String aggregateCollection, Object aggregateId, Document entry, String failure, int attempts) {
        Document parked = new Document("_id", entry.get("eventId") == null ? aggregateCollection + "/" + aggregateId
                + "/" + entry.hashCode() : entry.get("eventId"))
                .append("collection", aggregateCollection)
                .append("aggregateId", aggregateId)
                .append("entry", entry)
                .append("failure", failure)
                .append("attempts", attempts)
                .append("parkedAt", Date.from(clock.instant()));
        try {
            collection.insertOne(parked);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The newest first. */
    public List<ParkedEvent> newest(int limit) {
        List<ParkedEvent> events = new ArrayList<>();
        collection.find().sort(Sorts.descending("parkedAt")).limit(limit).forEach(document -> events.add(view(document)));
        return events;
    }

    /** How many wait for staff: the metric to alert on. */
    public long waiting() {
        return collection.countDocuments(WAITING);
    }

    public long count() {
        return collection.countDocuments();
    }

    /**
     * Publishes a parked event now, through the relay's producer.
     *
     * @throws NotFound when no event with the id was parked
     * @throws RuntimeException when publishing fails again; the event stays parked
     */
    Outcome republish(String eventId, OutboxRelay relay) {
        Document parked = Optional.ofNullable(collection.find(Filters.eq("_id", eventId)).first())
                .orElseThrow(() -> new NotFound("No parked event " + eventId));
        Instant now = clock.instant();
        if (parked.containsKey(REPUBLISHED_AT) || collection.updateOne(Filters.and(Filters.eq("_id", eventId), WAITING,
                        Filters.or(Filters.exists(LEASE, false), Filters.lt(LEASE, Date.from(now)))),
                Updates.set(LEASE, Date.from(now.plus(LEASE_LENGTH)))).getModifiedCount() == 0) {
            return Outcome.ALREADY_REPUBLISHED;
        }
        try {
            relay.send(Outbox.fromDocument(parked.get("entry", Document.class)));
        } catch (RuntimeException e) {
            collection.updateOne(Filters.eq("_id", eventId), Updates.combine(Updates.unset(LEASE),
                    Updates.set("failure", OutboxRelay.describe(e))));
            throw e;
        }
        collection.updateOne(Filters.eq("_id", eventId), Updates.combine(Updates.unset(LEASE),
                Updates.set(REPUBLISHED_AT, Date.from(clock.instant()))));
        return Outcome.REPUBLISHED;
    }

    private static ParkedEvent view(Document document) {
        Document entry = document.get("entry", Document.class);
        Date republishedAt = document.getDate(REPUBLISHED_AT);
        return new ParkedEvent(String.valueOf(document.get("_id")), entry.getString("typeId"), entry.getString("topic"),
                entry.getString("key"), document.getString("collection"), document.getString("failure"),
                document.getInteger("attempts", 0), document.getDate("parkedAt").toInstant(),
                republishedAt == null ? null : republishedAt.toInstant());
    }
}
