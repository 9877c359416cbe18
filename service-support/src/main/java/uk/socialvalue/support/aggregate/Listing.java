package uk.socialvalue.support.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A keyed listing of one kind of aggregate, for a list the embedded store could otherwise answer only by reading
 * the whole collection (a range or a sort on anything but {@code _id}): each aggregate is listed in one bucket
 * (for example the day a session starts), a small document keyed by the bucket's name, holding an entry per
 * aggregate with the few fields the list filters and sorts on. A page is read bucket after bucket by {@code _id}
 * ({@code $in} queries over batches of buckets), so its cost depends on how many entries it passes, not on the
 * size of the collection. Bucket names sort as the buckets do.
 * <p>
 * Its {@link AggregateStore} keeps it: an entry is written under the aggregate's id and the version the write
 * stores, before that write, and the entry of the version before removed after it. With no transactions on the
 * embedded store, a crash or a lost race between the two can leave an entry that no longer matches its
 * aggregate; {@link AggregateStore#listed} checks every entry it returns against the document and mends what it
 * finds stale, so a list never shows a stale entry and never misses an aggregate for long.
 */
public final class Listing {

    /** The document holding the first and the last bucket ever written, so that a list knows where to stop. */
    private static final String EXTENT = "~extent";
    /** Present once every aggregate stored before the listing existed has been listed. */
    private static final String BUILT = "~built";
    private static final String ENTRIES = "entries";

    private final MongoCollection<Document> buckets;

    Listing(MongoCollection<Document> buckets) {
        this.buckets = buckets;
    }

    /** Where an aggregate is listed: its bucket and the fields of its entry, which a list filters and sorts on. */
    public record Place(String bucket, Document fields) {
    }

    /** One entry: the aggregate it lists, at which version, since when, and its fields. */
    public record Entry(String bucket, String id, long version, Instant at, Document fields) {

        boolean lists(Place place) {
            return place.bucket().equals(bucket) && place.fields().equals(fields);
        }
    }

    /** The first and last bucket anything was ever listed in. */
    public record Extent(String first, String last) {
    }

    /**
     * The buckets in batches that double from one to {@code largest}: a full first bucket fills a page alone, a
     * sparse listing is crossed in a few reads.
     */
    public static List<List<String>> batches(List<String> buckets, int largest) {
        List<List<String>> batches = new ArrayList<>();
        int size = 1;
        for (int from = 0; from < buckets.size(); from += size, size = Math.min(largest, size * 2)) {
            batches.add(buckets.subList(from, Math.min(buckets.size(), from + size)));
        }
        return batches;
    }

    void put(Place place, String id, long version) {
        upsert(place.bucket(), Updates.set(ENTRIES + "." + key(id, version), new Document("id", id)
                .append("version", version).append("at", new Date()).append("fields", place.fields())));
        upsert(EXTENT, Updates.combine(Updates.min("first", place.bucket()), Updates.max("last", place.bucket())));
    }

    private void upsert(String bucket, Bson update) {
        try {
            buckets.updateOne(Filters.eq("_id", bucket), update, new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // two writers created the bucket at once: it is there now, so update it
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            buckets.updateOne(Filters.eq("_id", bucket), update);
        }
    }

    void remove(String bucket, String id, long version) {
        buckets.updateOne(Filters.eq("_id", bucket), Updates.unset(ENTRIES + "." + key(id, version)));
    }

    /** The entries of these buckets, by their {@code _id}s. */
    List<Entry> in(Collection<String> names) {
        List<Entry> entries = new ArrayList<>();
        for (Document bucket : buckets.find(Filters.in("_id", names))) {
            Document held = bucket.get(ENTRIES, Document.class);
            if (held == null) {
                continue;
            }
            for (Object value : held.values()) {
                Document entry = (Document) value;
                entries.add(new Entry(bucket.getString("_id"), entry.getString("id"),
                        ((Number) entry.get("version")).longValue(), entry.getDate("at").toInstant(),
                        entry.get("fields", Document.class)));
            }
        }
        return entries;
    }

    /** The first and last bucket anything was listed in, or empty while nothing was. */
    public Optional<Extent> extent() {
        return Optional.ofNullable(buckets.find(Filters.eq("_id", EXTENT)).first())
                .map(extent -> new Extent(extent.getString("first"), extent.getString("last")));
    }

    boolean built() {
        return buckets.find(Filters.eq("_id", BUILT)).first() != null;
    }

    void markBuilt() {
        buckets.updateOne(Filters.eq("_id", BUILT), Updates.set("at", new Date()), new UpdateOptions().upsert(true));
    }

    /**
     * The entries from the {@code skip}th on, at most {@code size}: see {@link AggregateStore#listed}. A batch of
     * more than one bucket is first asked which of its buckets hold anything (their names alone); those are then
     * read a few at a time, as many as the entries still wanted need at the rate the buckets read so far held
     * them. A page of a crowded listing so reads about the buckets it shows, not the whole batch they fall in:
     * the first page of a week with a session a minute, from a batch of eight hours, read six full hours for the
     * two it showed.
     */
    List<Entry> window(Iterable<? extends Collection<String>> batches, Predicate<Document> wanted,
            Comparator<Entry> order, long skip, int size) {
        long needed = skip + size;
        List<Entry> read = new ArrayList<>();
        int bucketsRead = 0;
        int bucketsHolding = 0;
        for (Collection<String> batch : batches) {
            List<String> held = batch.size() == 1 ? List.copyOf(batch) : holding(batch);
            for (int from = 0; from < held.size() && read.size() < needed; ) {
                // none kept yet: twice the buckets read so far; else enough at the rate kept so far, rounded up
                long more = read.isEmpty() ? Math.max(1, bucketsRead)
                        : ((needed - read.size()) * bucketsHolding + read.size() - 1) / read.size();
                List<String> part = held.subList(from, (int) Math.min(held.size(), from + more));
                List<Entry> entries = in(part);
                bucketsHolding += (int) entries.stream().map(Entry::bucket).distinct().count();
                read.addAll(entries.stream().filter(entry -> wanted.test(entry.fields())).sorted(order).toList());
                bucketsRead += part.size();
                from += part.size();
            }
            if (read.size() >= needed) {
                break;
            }
        }
        return read.subList((int) Math.min(skip, read.size()), (int) Math.min(needed, read.size()));
    }

    /** Those of these buckets that exist, in the order given: their names alone are read. */
    private List<String> holding(Collection<String> names) {
        Set<String> existing = new HashSet<>();
        buckets.find(Filters.in("_id", names)).projection(Projections.include("_id"))
                .forEach(bucket -> existing.add(bucket.getString("_id")));
        return names.stream().filter(existing::contains).toList();
    }

    /** How many entries of these buckets {@code wanted} keeps, counting each aggregate once. */
    long count(Collection<String> names, Predicate<Document> wanted) {
        return in(names).stream().filter(entry -> wanted.test(entry.fields())).map(Entry::id).distinct().count();
    }

    private static String key(String id, long version) {
        if (id.contains(".") || id.startsWith("$")) {
            throw new IllegalArgumentException("An id listed must make a field name: " + id);
        }
        return id + "@" + version;
    }
}
