package uk.socialvalue.training.booking.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * one document per UK hour, keyed by the hour ({@code 2026-03-05T09}), holding the scheduled sessions starting in
 * it. A page reads the hours it needs by {@code _id}, so the first page costs the same with ten thousand sessions as with a hundred, on the
 * embedded store (which serves a range or a sort on anything but {@code _id} by reading the whole collection) and
 * on real MongoDB alike; one way for both, so what the tests prove here is what production runs.
 */
@Repository
class MongoSessions extends AggregateStore<Session> implements Sessions {

    static final String COLLECTION = "sessions";

    /**
     * The calendar: for each UK hour, the scheduled sessions starting in it (see {@link SessionMapping#listed}).
     * An hour, not a day, bounds a bucket even on a day of many sessions (a day of one a minute made a 200 KB
     * bucket); it replaced the calendar by day ({@code sessionCalendar}), so a store started on it lists every
     * session afresh.
     */
    static final String CALENDAR = "sessionHours";
    /** At most three weeks of hours a read: a calendar with months between its sessions is crossed in a few. */
    private static final int MAX_BATCH = 512;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH");
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
        return listingExtent(CALENDAR).map(extent -> listed(CALENDAR, hours(from, to, extent), wanted, SOONEST, (long) page * size, size))
                .orElse(List.of());
    }

    /** The calendar's bucket of an instant: its UK hour, as text that sorts as the hours do. */
    static String hour(Instant at) {
        return LocalDateTime.ofInstant(at, UkTime.ZONE).truncatedTo(ChronoUnit.HOURS).format(HOUR);
    }

    /**
     * The calendar's hours from the hour of {@code from} to the hour of {@code to} (or the last hour anything was
     * ever scheduled in), within the hours it lists, in batches that double from one hour to {@value #MAX_BATCH}:
     * a busy hour fills a page alone, a quiet calendar is crossed in a few reads. UK wall-clock hours: the hour the
     * clocks go back holds both its passes, the hour they skip is an empty bucket.
     */
    private static Iterable<List<String>> hours(Instant from, Instant to, Listing.Extent extent) {
        LocalDateTime first = Collections.max(List.of(parse(hour(from)), parse(extent.first())));
        LocalDateTime last = parse(extent.last());
        if (to != null) {
            last = Collections.min(List.of(last, parse(hour(to.minusMillis(1)))));
        }
        LocalDateTime end = last;
        return () -> new Iterator<>() {
            private LocalDateTime next = first;
            private int batch = 1;

            @Override
            public boolean hasNext() {
                return !next.isAfter(end);
            }

            @Override
            public List<String> next() {
                List<String> hours = new ArrayList<>();
                for (int i = 0; i < batch && !next.isAfter(end); i++, next = next.plusHours(1)) {
                    hours.add(next.format(HOUR));
                }
                batch = Math.min(MAX_BATCH, batch * 2);
                return hours;
            }
        };
    }

    private static LocalDateTime parse(String hour) {
        return LocalDateTime.parse(hour + ":00");
    }
}
