package uk.socialvalue.support.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.Aggregates;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.outbox.Outbox;

/**
 * Stores one kind of aggregate, one document each, in its collection. Every write is a single-document write
 * that carries the events it causes into the document's {@link Outbox}, so state and events are stored
 * together or not at all:
 * <ul>
 *   <li>{@link #add}: a new aggregate, at its version, with its events;</li>
 *   <li>{@link #save}: the changed state, the version incremented and the events appended, only if the
 *       stored version is still the one the aggregate was loaded at; else {@link ConcurrentUpdate};</li>
 *   <li>{@link #updateWhere}: any atomic conditional update of one document, with events, for changes that
 *       need no load (e.g. {@code {seatsLeft: {$gte: n}}} with {@code {$inc: {seatsLeft: -n}}}).</li>
 * </ul>
 * A kind of aggregate whose state is published whole to a compacted topic ({@link AggregateMapping#state})
 * gets that state added after the events of every {@link #add} and {@link #save} that records any, at the
 * version the write stores, so consumers order states by version.
 * A store can also keep a {@link Listing} of its aggregates, for a list the embedded store would answer only by
 * reading the whole collection: {@link #add} and {@link #save} keep it, {@link #listed} reads a page of it.
 * A document stored before its kind of aggregate had a version counts as version 0. Reads never include the
 * outbox, which only the relay reads (see {@link Outbox#EXCLUDED}).
 * <p>
 * A repository extends it with its queries on the {@link #collection()}, reading what they find through
 * {@link #read} or {@link #first}, and gives it the {@link AggregateMapping}; or it holds one from
 * {@link AggregateStores#of}.
 *
 * @param <A> the aggregate
 */
public class AggregateStore<A extends Aggregate> implements Aggregates<A> {

    /** The field holding the version of an aggregate's document, incremented by every {@link #save}. */
    public static final String VERSION = "version";
    /** The field naming, for each {@link Listing}, the bucket a listed aggregate's document was last listed in. */
    static final String LISTED_IN = "listedIn";
    /** How long after it was written an entry whose write never stored its aggregate is left alone. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final MongoCollection<Document> collection;
    private final String name;
    private final AggregateMapping<A> mapping;
    private final Outbox outbox;
    private final boolean relayed;
    private final Map<String, Listing> listings = new LinkedHashMap<>();

    /**
     * @param collection  where the documents are
     * @param name        what one aggregate is called in messages to people, e.g. {@code Working group}
     * @param listings    the {@link Listing}s the store keeps of its aggregates, each in the collection of that
     *                    name, where {@link AggregateMapping#listed} places them; a listing new to its collection
     *                    first lists every aggregate already stored
     */
    protected AggregateStore(AggregateStores stores, String collection, String name, AggregateMapping<A> mapping,
            String... listings) {
        this.collection = stores.collection(collection);
        this.name = name;
        this.mapping = mapping;
        this.outbox = stores.outbox();
        this.relayed = stores.isRelayed(collection);
        // A versioned save matches {_id, version}. Real MongoDB finds the document through _id; the embedded
        // store answers a query through an index only when the index's fields are exactly the query's, and
        // would otherwise read the whole collection for every save.
        this.collection.createIndex(Indexes.ascending("_id", VERSION),
                new IndexOptions().name("id_version").unique(true));
        for (String listed : listings) {
            Listing listing = new Listing(stores.collection(listed));
            this.listings.put(listed, listing);
            if (!listing.built()) {
                for (Document document : this.collection.find().projection(Outbox.EXCLUDED)) {
                    A aggregate = toAggregate(document);
                    mapping.listed(aggregate, listed)
                            .ifPresent(place -> listing.put(place, aggregate.id(), aggregate.version()));
                }
                listing.markBuilt();
            }
        }
    }

    /** The collection, for the repository's indexes and queries. */
    public MongoCollection<Document> collection() {
        return collection;
    }

    /** @throws DuplicateKey when a unique index already holds its id or one of its unique values */
    @Override
    public void add(A aggregate) {
        List<? extends IntegrationEvent> events = requireRelayed(withState(aggregate, aggregate.version()));
        Document document = withoutNulls(mapping.toDocument(aggregate)).append(VERSION, aggregate.version());
        if (!listings.isEmpty()) {
            document.append(LISTED_IN, listAt(aggregate, aggregate.version()));
        }
        if (!events.isEmpty()) {
            document.append(Outbox.FIELD, outbox.entries(events));
        }
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                // Refused for another unique value: its entries list nothing. (An aggregate with this id has
                // entries of its own under the same keys, which a reader mends if this write changed them.)
                if (!listings.isEmpty() && collection.find(Filters.eq("_id", aggregate.id()))
                        .projection(Projections.include("_id")).first() == null) {
                    unlist(document.get(LISTED_IN, Document.class), aggregate.id(), aggregate.version());
                }
                throw new DuplicateKey(name + " " + aggregate.id() + " is not unique", e);
            }
            throw e;
        }
        publishedIfAny(aggregate.id(), events);
    }

    /**
     * {@link #add} for several aggregates in one write: those a unique index already holds (their id, or another
     * unique value) are left as they are, where {@link #add} would throw {@link DuplicateKey}, and the rest are
     * stored, each with its outbox. A store that keeps a listing lists each aggregate before its own write, so it
     * adds them one at a time.
     *
     * @return the aggregates stored by this call, in the order given
     */
    public List<A> addAll(List<A> aggregates) {
        List<A> stored = new ArrayList<>();
        if (!listings.isEmpty() || aggregates.size() < 2) {
            for (A aggregate : aggregates) {
                try {
                    add(aggregate);
                    stored.add(aggregate);
                } catch (DuplicateKey alreadyHeld) {
                    // left as it is
                }
            }
            return stored;
        }
        List<List<? extends IntegrationEvent>> events = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (A aggregate : aggregates) {
            List<? extends IntegrationEvent> own = requireRelayed(withState(aggregate, aggregate.version()));
            Document document = withoutNulls(mapping.toDocument(aggregate)).append(VERSION, aggregate.version());
            if (!own.isEmpty()) {
                document.append(Outbox.FIELD, outbox.entries(own));
            }
            events.add(own);
            documents.add(document);
        }
        Set<Integer> alreadyHeld = UniqueInserts.insertNew(collection, documents);
        for (int i = 0; i < aggregates.size(); i++) {
            if (!alreadyHeld.contains(i)) {
                stored.add(aggregates.get(i));
                publishedIfAny(aggregates.get(i).id(), events.get(i));
            }
        }
        return stored;
    }

    /** Removes the entries of this version from the buckets named ({@code {listing: bucket}}). */
    private void unlist(Document listedIn, String id, long version) {
        if (listedIn != null) {
            listedIn.forEach((listed, bucket) -> {
                Listing listing = listings.get(listed);
                if (listing != null) {
                    listing.remove((String) bucket, id, version);
                }
            });
        }
    }

    @Override
    public Optional<A> byId(String id) {
        return first(Filters.eq("_id", id));
    }

    /**
     * The aggregates with these ids as stored now, by id, in one read (for a page that shows each of its rows with
     * an aggregate of its own); ids with none stored are left out.
     */
    public Map<String, A> byIds(Collection<String> ids) {
        Map<String, A> found = new HashMap<>();
        if (!ids.isEmpty()) {
            // by _id alone, which both stores answer from their _id index
            read(collection.find(Filters.in("_id", ids.stream().distinct().toList())))
                    .forEach(aggregate -> found.put(aggregate.id(), aggregate));
        }
        return found;
    }

    @Override
    public void save(A aggregate) {
        saveWhere(aggregate, null);
    }

    /**
     * {@link #save}, on the further condition that the stored document matches {@code condition} as the write
     * happens, e.g. that a counter other writers {@code $inc} still fits the new state; a document that does not
     * match is a {@link ConcurrentUpdate}, so the use case loads the state again and decides again.
     *
     * @param condition  a filter on the stored document, or {@code null} for none
     */
    public void saveWhere(A aggregate, Bson condition) {
        Document state = mapping.toDocument(aggregate);
        state.remove("_id");
        if (!listings.isEmpty()) {
            // listed before the write, so that a reader never misses it; the entries of the version before go after
            state.put(LISTED_IN, listAt(aggregate, aggregate.version() + 1));
        }
        List<Bson> changes = new ArrayList<>();
        for (Map.Entry<String, Object> field : state.entrySet()) {
            changes.add(field.getValue() == null ? Updates.unset(field.getKey())
                    : Updates.set(field.getKey(), field.getValue()));
        }
        changes.add(Updates.inc(VERSION, 1L));
        Bson update = Updates.combine(changes);
        List<? extends IntegrationEvent> events = withState(aggregate, aggregate.version() + 1);
        Document before = changed(aggregate.id(), also(Filters.eq(VERSION, aggregate.version()), condition), update,
                events);
        if (before == null && aggregate.version() == 0) {
            // A document stored before its kind had versions has none, and counts as version 0.
            before = changed(aggregate.id(), also(Filters.exists(VERSION, false), condition), update, events);
        }
        if (before == null) {
            throw new ConcurrentUpdate(name, aggregate.id());
        }
        unlist(before.get(LISTED_IN, Document.class), aggregate.id(), aggregate.version());
    }

    private static Bson also(Bson version, Bson condition) {
        return condition == null ? version : Filters.and(version, condition);
    }

    /**
     * Applies an atomic update to the aggregate's document if it matches the condition, and appends the events
     * to its outbox in the same write.
     *
     * @return whether the document matched, and so was changed and got the events
     */
    public boolean updateWhere(String id, Bson condition, Bson change, Collection<? extends IntegrationEvent> events) {
        Bson update = requireRelayed(events).isEmpty() ? change : Updates.combine(change, outbox.append(events));
        boolean matched = collection.updateOne(keyed(id, condition), update).getMatchedCount() > 0;
        if (matched) {
            publishedIfAny(id, events);
        }
        return matched;
    }

    /**
     * {@link #updateWhere}, answering where the document was listed before the write ({@code {_id, listedIn}}),
     * or {@code null} when it did not match; a store without a listing answers only {@code {_id}}.
     */
    private Document changed(String id, Bson condition, Bson change, Collection<? extends IntegrationEvent> events) {
        if (listings.isEmpty()) {
            return updateWhere(id, condition, change, events) ? new Document("_id", id) : null;
        }
        Bson update = requireRelayed(events).isEmpty() ? change : Updates.combine(change, outbox.append(events));
        Document before = collection.findOneAndUpdate(keyed(id, condition), update,
                new FindOneAndUpdateOptions().projection(Projections.include(LISTED_IN)));
        if (before != null) {
            publishedIfAny(id, events);
        }
        return before;
    }

    /**
     * One page of the aggregates of its {@link Listing}, checked against their documents: the entries of the
     * buckets, read in the order given, that {@code wanted} keeps, sorted by {@code order} within a bucket (so
     * the buckets must be given in the order of what they hold), from the {@code skip}th on. An entry that no
     * longer matches its aggregate is never answered: one a later write has left behind, or one a write lost or
     * abandoned, is mended (the aggregate listed where it now belongs) and the page read again; one a write is
     * still making is passed over, the aggregate being listed by the entry of its stored version until that
     * write ends.
     *
     * @param batches  the buckets, in order, a few at a time: a page looks no further than the batch that fills
     *                 it, and reads of that batch about the buckets it needs ({@link Listing#window})
     */
    public List<A> listed(String listed, Iterable<? extends Collection<String>> batches, Predicate<Document> wanted,
            Comparator<Listing.Entry> order, long skip, int limit) {
        Listing listing = listing(listed);
        for (int attempt = 1; ; attempt++) {
            List<Listing.Entry> window = listing.window(batches, wanted, order, skip, limit + limit / 10 + 2);
            Map<String, Document> documents = new HashMap<>();
            collection.find(Filters.in("_id", window.stream().map(Listing.Entry::id).distinct().toList()))
                    .projection(Outbox.EXCLUDED).forEach(document -> documents.put(document.getString("_id"), document));
            List<A> page = new ArrayList<>();
            boolean mended = false;
            for (Listing.Entry entry : window) {
                Document document = documents.get(entry.id());
                A aggregate = document == null ? null : toAggregate(document);
                if (aggregate != null && aggregate.version() == entry.version()) {
                    Optional<Listing.Place> place = mapping.listed(aggregate, listed);
                    if (place.isPresent() && entry.lists(place.get())) {
                        if (page.size() < limit) {
                            page.add(aggregate);
                        }
                        continue;
                    }
                    // a write that lost its race listed it before failing: list the stored state instead
                    place.ifPresent(stored -> listing.put(stored, aggregate.id(), aggregate.version()));
                    if (place.isEmpty() || !place.get().bucket().equals(entry.bucket())) {
                        listing.remove(entry.bucket(), entry.id(), entry.version());
                    }
                    mended = true;
                } else if (aggregate != null && aggregate.version() > entry.version()
                        || entry.at().isBefore(Instant.now().minus(ABANDONED))) {
                    listing.remove(entry.bucket(), entry.id(), entry.version());
                    mended = true;
                }
            }
            if (!mended || attempt == 3) {
                return page;
            }
        }
    }

    /**
     * How many aggregates the entries of these buckets that {@code wanted} keeps list, read from the listing
     * alone: a total to show beside a page, which a write under way can put one out.
     */
    public long listedCount(String listed, Collection<String> buckets, Predicate<Document> wanted) {
        return listing(listed).count(buckets, wanted);
    }

    /** The listing's first and last bucket, or empty while nothing was listed in it. */
    public Optional<Listing.Extent> listingExtent(String listed) {
        return listing(listed).extent();
    }

    /**
     * Where each listing places the aggregate at this version ({@code {listing: bucket}}), listed there before the
     * write that stores it.
     */
    private Document listAt(A aggregate, long version) {
        Document listedIn = new Document();
        listings.forEach((listed, listing) -> mapping.listed(aggregate, listed).ifPresent(place -> {
            listing.put(place, aggregate.id(), version);
            listedIn.append(listed, place.bucket());
        }));
        return listedIn;
    }

    private Listing listing(String listed) {
        Listing listing = listings.get(listed);
        if (listing == null) {
            throw new IllegalStateException(name + " keeps no listing " + listed);
        }
        return listing;
    }
    /** The first aggregate matching the filter. */
    public Optional<A> first(Bson filter) {
        return Optional.ofNullable(collection.find(filter).projection(Outbox.EXCLUDED).first()).map(this::toAggregate);
    }

    /**
     * The aggregates a query of the repository's finds, read without their outboxes: for example
     * {@code read(collection().find(filter).sort(order).limit(20))}.
     */
    public List<A> read(FindIterable<Document> query) {
        return query.projection(Outbox.EXCLUDED).map(this::toAggregate).into(new ArrayList<>());
    }

    /** The aggregate's events, and after them its state at the version the write stores, if it publishes one. */
    private List<? extends IntegrationEvent> withState(A aggregate, long version) {
        List<? extends IntegrationEvent> events = aggregate.events();
        if (events.isEmpty()) {
            return events;
        }
        Optional<? extends IntegrationEvent> state = mapping.state(aggregate, version,
                events.get(events.size() - 1).occurredAt());
        if (state.isEmpty()) {
            return events;
        }
        List<IntegrationEvent> all = new ArrayList<>(events);
        all.add(state.get());
        return all;
    }

    private A toAggregate(Document document) {
        Number version = (Number) document.get(VERSION);
        return mapping.toAggregate(document, version == null ? 0 : version.longValue());
    }

    /**
     * The document with this id, if it meets the condition: one flat filter {@code {_id: id, field: value}} when
     * the condition is plain equalities, which a unique index on exactly those fields answers on the embedded
     * store (real MongoDB uses the _id index either way); else {@code _id} and the condition combined.
     */
    static Bson keyed(String id, Bson condition) {
        BsonDocument rendered = condition.toBsonDocument();
        boolean plain = rendered.entrySet().stream()
                .noneMatch(field -> field.getKey().startsWith("$") || field.getKey().equals("_id")
                        || field.getValue().isDocument() || field.getValue().isArray());
        if (!plain) {
            return Filters.and(Filters.eq("_id", id), condition);
        }
        BsonDocument flat = new BsonDocument("_id", new BsonString(id));
        flat.putAll(rendered);
        return flat;
    }

    /** Events written where no relay looks would never be published: refuse them loudly instead. */
    private <E extends Collection<? extends IntegrationEvent>> E requireRelayed(E events) {
        if (!events.isEmpty() && !relayed) {
            throw new IllegalStateException("Events of " + name + " would never be published: declare its "
                    + "collection " + collection.getNamespace().getCollectionName() + " as an OutboxCollection bean");
        }
        return events;
    }

    private void publishedIfAny(String id, Collection<? extends IntegrationEvent> events) {
        if (!events.isEmpty()) {
            outbox.published(collection.getNamespace().getCollectionName(), id);
        }
    }

    private static Document withoutNulls(Document document) {
        document.values().removeIf(value -> value == null);
        return document;
    }
}
