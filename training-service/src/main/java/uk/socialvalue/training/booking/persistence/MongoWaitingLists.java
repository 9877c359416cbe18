package uk.socialvalue.training.booking.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.training.booking.WaitingLists;

/**
 * Waiting lists as entries in the {@value #COLLECTION} collection, keyed {@code <sessionId>/<number>} with the
 * number zero-padded, and three counters on the session's document: how many bookings wait
 * ({@value SessionMapping#WAITLISTED}), the last number given ({@value #LAST}) and the number below which
 * every entry is gone ({@value #HEAD}). Joining is one {@code $inc} and one insert; reading the list in order
 * looks the entries up by their keys, a batch at a time, from the head: on every MongoDB that is the
 * {@code _id} index, never a scan, however many bookings the session or the service has.
 */
@Repository
class MongoWaitingLists implements WaitingLists {

    static final String COLLECTION = "waitingList";
    static final String LAST = "waitingLast";
    static final String HEAD = "waitingHead";
    private static final int BATCH = 500;

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> sessions;

    MongoWaitingLists(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        this.sessions = database.getCollection(MongoSessions.COLLECTION);
    }

    @Override
    public Place join(String sessionId, String bookingId, int seats) {
        Document counters = sessions.findOneAndUpdate(Filters.eq("_id", sessionId),
                Updates.combine(Updates.inc(SessionMapping.WAITLISTED, 1), Updates.inc(LAST, 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include(SessionMapping.WAITLISTED, LAST)));
        if (counters == null) {
            throw new NotFound("No session " + sessionId);
        }
        long number = ((Number) counters.get(LAST)).longValue();
        entries.insertOne(new Document("_id", key(sessionId, number)).append("sessionId", sessionId)
                .append("number", number).append("bookingId", bookingId).append("seats", seats));
        return new Place(number, counters.getInteger(SessionMapping.WAITLISTED));
    }

    @Override
    public void leave(String sessionId, long number) {
        if (entries.deleteOne(Filters.eq("_id", key(sessionId, number))).getDeletedCount() > 0) {
            sessions.updateOne(Filters.eq("_id", sessionId), Updates.inc(SessionMapping.WAITLISTED, -1));
        }
    }

    @Override
    public List<Entry> inOrder(String sessionId) {
        long[] range = range(sessionId);
        List<Entry> waiting = new ArrayList<>();
        long firstLive = -1;
        for (long from = range[0] + 1; from <= range[1]; from += BATCH) {
            List<Entry> batch = batch(sessionId, from, Math.min(range[1], from + BATCH - 1));
            if (firstLive < 0 && !batch.isEmpty()) {
                firstLive = batch.get(0).number();
            }
            waiting.addAll(batch);
        }
        // Every number below the first live entry is gone for good: later reads start after them.
        long head = firstLive < 0 ? range[1] : firstLive - 1;
        if (head > range[0]) {
            sessions.updateOne(Filters.eq("_id", sessionId), Updates.max(HEAD, head));
        }
        return waiting;
    }

    @Override
    public int positionOf(String sessionId, long number) {
        long[] range = range(sessionId);
        int ahead = 0;
        for (long from = range[0] + 1; from < number; from += BATCH) {
            ahead += batch(sessionId, from, Math.min(number - 1, from + BATCH - 1)).size();
        }
        return entries.find(Filters.eq("_id", key(sessionId, number))).first() == null ? 0 : ahead + 1;
    }

    /** The head and the last number of the session's list. */
    private long[] range(String sessionId) {
        Document counters = sessions.find(Filters.eq("_id", sessionId)).projection(Projections.include(HEAD, LAST))
                .first();
        if (counters == null) {
            return new long[] {0, 0};
        }
        return new long[] {number(counters.get(HEAD)), number(counters.get(LAST))};
    }

    private List<Entry> batch(String sessionId, long from, long to) {
        List<String> keys = new ArrayList<>();
        for (long number = from; number <= to; number++) {
            keys.add(key(sessionId, number));
        }
        List<Entry> found = new ArrayList<>();
        entries.find(Filters.in("_id", keys)).forEach(entry -> found.add(new Entry(number(entry.get("number")),
                entry.getString("bookingId"), entry.getInteger("seats"))));
        found.sort(Comparator.comparingLong(Entry::number));
        return found;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String key(String sessionId, long number) {
        return sessionId + "/" + String.format("%012d", number);
    }
}
