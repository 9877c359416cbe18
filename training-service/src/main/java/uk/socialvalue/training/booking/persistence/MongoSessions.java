package uk.socialvalue.training.booking.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.Listing;
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
 * <p>
 * The sessions list reads the {@value #CALENDAR} collection, a {@link Listing} kept by every write of a session:
 * one document per UK day, keyed by the day, holding the scheduled sessions starting on it. A page reads the days
 * it needs by {@code _id}, so the first page costs the same with ten thousand sessions as with a hundred, on the
 * embedded store (which serves a range or a sort on anything but {@code _id} by reading the whole collection) and
 * on real MongoDB alike; one way for both, so what the tests prove here is what production runs.
 */
@Repository
class MongoSessions extends AggregateStore<Session> implements Sessions {

    static final String COLLECTION = "sessions";

    /** The calendar: for each UK day, the scheduled sessions starting on it (see {@link SessionMapping#listed}). */
    static final String CALENDAR = "sessionCalendar";
    private static final int MAX_BATCH = 64;
    private static final Comparator<Listing.Entry> SOONEST = Comparator
            .comparing((Listing.Entry entry) -> entry.fields().getDate("startsAt")).thenComparing(Listing.Entry::id);

    private final MongoCollection<Document> collection;

    MongoSessions(AggregateStores stores) {
        super(stores, COLLECTION, Session.NAME, new SessionMapping(), CALENDAR);
        this.collection = collection();
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
    public void saveWithinSeats(Session session) {
        // A session nobody has booked yet has no counter, which counts as 0.
        saveWhere(session, Filters.or(Filters.lte(SessionMapping.SEATS_TAKEN, session.plan().capacity()),
                Filters.exists(SessionMapping.SEATS_TAKEN, false)));
    }

    @Override
    public void releaseSeats(String sessionId, int seats) {
        collection.updateOne(Filters.eq("_id", sessionId), Updates.inc(SessionMapping.SEATS_TAKEN, -seats));
    }

    @Override
    public List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format, int page,
            int size) {
        Date start = Date.from(from);
        Date end = to == null ? null : Date.from(to);
        Predicate<Document> wanted = entry -> !entry.getDate("startsAt").before(start)
                && (end == null || entry.getDate("startsAt").before(end))
                && (courseId == null || courseId.equals(entry.getString("courseId")))
                && (format == null || format.name().equals(entry.getString("format")));
        return listingExtent(CALENDAR).map(extent -> listed(CALENDAR, days(from, to, extent), wanted, SOONEST, (long) page * size, size))
                .orElse(List.of());
    }

    /**
     * The calendar's days from the day of {@code from} to the day of {@code to} (or the last day anything was
     * ever scheduled), within the days it lists, in batches that double from one day to {@value #MAX_BATCH}: a
     * busy day fills a page alone, a quiet calendar is crossed in a few reads.
     */
    private static Iterable<List<String>> days(Instant from, Instant to, Listing.Extent extent) {
        LocalDate first = Collections.max(List.of(LocalDate.ofInstant(from, UkTime.ZONE), LocalDate.parse(extent.first())));
        LocalDate last = LocalDate.parse(extent.last());
        if (to != null) {
            last = Collections.min(List.of(last, LocalDate.ofInstant(to.minusMillis(1), UkTime.ZONE)));
        }
        LocalDate end = last;
        return () -> new Iterator<>() {
            private LocalDate next = first;
            private int batch = 1;

            @Override
            public boolean hasNext() {
                return !next.isAfter(end);
            }

            @Override
            public List<String> next() {
                List<String> days = new ArrayList<>();
                for (int i = 0; i < batch && !next.isAfter(end); i++, next = next.plusDays(1)) {
                    days.add(next.toString());
                }
                batch = Math.min(MAX_BATCH, batch * 2);
                return days;
            }
        };
    }
}
