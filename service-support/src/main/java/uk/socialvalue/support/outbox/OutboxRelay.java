package uk.socialvalue.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;
import uk.socialvalue.support.outage.Outages;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one only
 * after Kafka has acknowledged it ({@code acks=all}).
 * <p>
 * A crash before the acknowledgement leaves the event in the outbox to be published later; a crash after it
 * and before the removal publishes it twice, which consumers absorb by event id.
 * <p>
 * <b>Where it looks.</b> A write of events nudges the relay with the aggregate it wrote, and the relay's next pass
 * takes exactly those outboxes by {@code _id}; every {@link Settings#interval()} it also looks at every outbox
 * with events waiting (a query the embedded store answers by reading the whole collection), for the events that
 * no nudge named: another instance's whose relay stopped, a crash between a write and its nudge. An event that
 * failed on its own nudges the relay again when its back-off is over.
 * So the cost of publishing an event does not grow with the collection it is in, and nothing relies on a nudge.
 * The two run on threads of their own, so a look at every outbox never holds up a fresh event; the aggregates a
 * look took are nudged again after it, for any event written while it held them.
 * <p>
 * <b>Batches, in turn.</b> A pass takes a bounded share of the outboxes waiting (those waiting longest first,
 * taken in turn from each collection) and sends the next event of every one of them at once, then waits for the
 * acknowledgements, then removes what was acknowledged; again, for a bounded number of rounds. So thousands of
 * invitations waiting cost a few round trips to Kafka per hundred rather than one each, and an organisation's
 * event written meanwhile goes out with the next pass instead of after all of them.
 * <p>
 * <b>Several instances.</b> An instance takes an aggregate's outbox with a lease in its document naming it
 * as holder. Every removal of a published event is fenced by the holder (it only happens while this instance
 * still holds the lease) and renews the lease, so a long outbox stays held while it is worked through. A send
 * is bounded well within the lease, so an instance that still holds it has finished its last send; one that
 * lost it (it stalled past its lease, and another took over) stops at once, having at worst published one event
 * that the other publishes again: a duplicate, never a gap and never an event overtaking an earlier one.
 * <p>
 * <b>Failures.</b> When Kafka or the store is unavailable (an outage) nothing is counted against any event:
 * the relay stops its pass and looks again after a capped, growing pause, for as long as the outage lasts. An
 * event that fails for a reason of its own (a denied or missing topic, a record too large, a malformed entry)
 * is retried with a growing pause held in its aggregate's document, so the relay meanwhile goes on with other
 * aggregates; the aggregate's later events wait behind it, keeping their order. After
 * {@link Settings#parkAfter()} attempts it is parked ({@link ParkedEvents}: counted, shown to staff, a metric)
 * and the aggregate's later events go on.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The lease on an aggregate's outbox: {@code {holder, until}}. */
    static final String LEASE = "outboxLease";
    /** The lease's fields, on which every write of its holder is fenced: flat, so a unique index answers it. */
    private static final String LEASE_HOLDER = LEASE + ".holder";
    private static final String LEASE_UNTIL = LEASE + ".until";
    /** The retry state of an aggregate's first event: {@code {eventId, attempts, notBefore, failure}}. */
    static final String RETRY = "outboxRetry";
    /** The lease of relays before leases named their holder; taken over like an expired one. */
    private static final String UNFENCED_LEASE = "outboxLeaseUntil";
    /** Present exactly when a document has events waiting: the outbox entries' ids. */
    private static final String PENDING = Outbox.FIELD + ".eventId";

    /**
     * How the relay paces itself.
     *
     * @param interval          how often it looks at every outbox, for events no nudge named
     * @param lease             how long it holds an aggregate's outbox without renewing; more than a send may take
     * @param sendTimeout       the longest a send may take (the producer's own bounds are within it)
     * @param parkAfter         how many attempts an event failing for a reason of its own gets before it is parked
     * @param firstBackOff      the pause after such an event's first failure, doubling after each one
     * @param maxBackOff        the longest such pause
     * @param outageMaxBackOff  the longest pause between looks while Kafka or the store is unavailable
     */
    public record Settings(Duration interval, Duration lease, Duration sendTimeout, int parkAfter,
            Duration firstBackOff, Duration maxBackOff, Duration outageMaxBackOff) {

        public Settings {
            if (lease.compareTo(sendTimeout) <= 0) {
                throw new IllegalArgumentException("The relay's lease (" + lease + ") must be longer than a send may "
                        + "take (" + sendTimeout + "), or another instance could take over an outbox mid-send");
            }
            if (parkAfter < 1) {
                throw new IllegalArgumentException("An event must be tried at least once before it is parked");
            }
        }
    }

    /**
     * What one look at the outboxes did.
     *
     * @param more  whether it left events it could have published for the next look (it takes a bounded share)
     */
    record Pass(int published, boolean outage, boolean more) {
    }

    /** The first pause while Kafka or the store is unavailable; it doubles up to the settings' cap. */
    static final Duration FIRST_OUTAGE_PAUSE = Duration.ofMillis(500);
    /** How many aggregates' outboxes one pass takes at most. */
    static final int AGGREGATES_PER_PASS = 100;
    /** How many events of one aggregate one pass publishes at most, so that a long outbox waits its turn. */
    static final int EVENTS_PER_AGGREGATE = 10;
    /**
     * How many nudged aggregates wait for a pass at most; past it a nudge asks for a look at every outbox instead,
     * which finds them all.
     */
    static final int NUDGES_WAITING = 10_000;

    private record Relayed(String name, MongoCollection<Document> collection) {
    }

    /** An aggregate whose write of events nudged the relay. */
    private record Nudged(String collection, Object id) {
    }

    /** An aggregate with events waiting, and since when its oldest has waited. */
    private record Waiting(Relayed relayed, Object id, Instant since) {
    }

    /** An outbox this pass holds the lease of: its events as taken, and how far it got. */
    private static final class Taken {

        final Relayed relayed;
        final Object id;
        final String holding;
        final List<Document> entries;
        Document held;
        Document retry;
        int next;
        boolean active = true;
        boolean released;

        Taken(Relayed relayed, Object id, String holding, Document held, Document leased) {
            this.relayed = relayed;
            this.id = id;
            this.holding = holding;
            this.held = held;
            this.entries = leased.getList(Outbox.FIELD, Document.class, List.of());
            this.retry = leased.get(RETRY, Document.class);
        }

        Document entry() {
            return entries.get(next);
        }

        boolean sending() {
            return active && next < entries.size();
        }
    }

    private final List<Relayed> collections;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final Clock clock;
    private final Settings settings;
    private final BrokerProbe broker;
    private final ParkedEvents parked;
    /** This relay, in the holder of every lease it takes (which adds a part of its own to each). */
    private final String holder = UUID.randomUUID().toString();
    private final Semaphore nudges = new Semaphore(0);
    /** The aggregates written since the last pass, in the order they were, which the next pass takes by key. */
    private final BlockingQueue<Nudged> nudged = new LinkedBlockingQueue<>(NUDGES_WAITING);
    /** Asks for a look at every outbox now: the nudges overflowed, or an outage ended. */
    private final Semaphore lookNow = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestWaitingSince = new AtomicLong();
    private volatile List<Thread> workers = List.of();
    /** Nudges the relay when an event that failed on its own is due again; there while the relay runs. */
    private volatile ScheduledExecutorService retries;
    private volatile boolean running;

    public OutboxRelay(MongoDatabase database, List<OutboxCollection> collections, KafkaTemplate<String, byte[]> kafka,
            EventCodec codec, Clock clock, Settings settings, BrokerProbe broker, ParkedEvents parked,
            MeterRegistry meters) {
        this.collections = collections.stream()
                .map(c -> new Relayed(c.name(), database.getCollection(c.name()))).toList();
        // The relay looks every interval: with this sparse index only documents with events waiting are
        // visited, rather than the whole collection twice a second.
        this.collections.forEach(relayed -> relayed.collection().createIndex(Indexes.ascending(PENDING),
                new IndexOptions().sparse(true).name("outbox_pending")));
        // Taking the lease is a compare-and-set on {_id, lease seen}, and every later write of its holder is fenced
        // by {_id, lease held}: flat filters on the lease's two fields that this unique index answers on the
        // embedded store, which would otherwise read the whole collection for every event published. (It answers
        // no filter on a subdocument by a compound index: the index on the whole lease it replaces never served.)
        this.collections.forEach(relayed -> {
            relayed.collection().createIndex(Indexes.ascending("_id", LEASE_HOLDER, LEASE_UNTIL),
                    new IndexOptions().unique(true).name("outbox_lease_fence"));
            dropIndexIfPresent(relayed.collection(), "outbox_lease_held");
        });
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
        this.settings = settings;
        this.broker = broker;
        this.parked = parked;
        Gauge.builder("svuk.outbox.backlog", backlog, AtomicLong::get)
                .description("Events waiting in outboxes to be published, as of the relay's last look").register(meters);
        Gauge.builder("svuk.outbox.oldest.age", this, OutboxRelay::oldestAgeSeconds).baseUnit("seconds")
                .description("How long the oldest event waiting in an outbox has waited").register(meters);
        Gauge.builder("svuk.outbox.parked", parked, ParkedEvents::waiting)
                .description("Events the relay gave up on, waiting for staff").register(meters);
    }

    /**
     * Wakes the relay up so that the events just written to this aggregate's outbox go out now rather than at
     * its next look at every outbox; the pass takes the aggregate by its {@code _id}.
     */
    public void nudge(String collection, Object id) {
        if (nudged.offer(new Nudged(collection, id))) {
            nudges.release();
        } else {
            lookNow.release();
        }
    }

    /**
     * Publishes everything waiting now that can go, a pass after another, and returns how many events went out.
     * Tests call it to publish deterministically; the background worker runs {@link #pass} itself.
     */
    public int publishPending() {
        int published = 0;
        Pass pass;
        do {
            pass = pass();
            published += pass.published();
        } while (pass.more() && !pass.outage() && pass.published() > 0);
        return published;
    }

    /**
     * One look at the outboxes: takes the leases of up to {@value #AGGREGATES_PER_PASS} outboxes, those waiting
     * longest first, taken in turn from each collection, so that a backlog in one collection never holds up
     * another's events, nor an old backlog a fresh event for more than a pass or two. Then it publishes their
     * events in rounds: each round sends the next event of every outbox at once and waits for Kafka's
     * acknowledgements, then removes each acknowledged event, fenced by its lease, which it renews; so one
     * aggregate's events still go out one after another, in order, and a holder that lost a lease sends nothing
     * more of that outbox. At most {@value #EVENTS_PER_AGGREGATE} rounds, so that a long outbox also waits its turn.
     */
    Pass pass() {
        Instant now = clock.instant();
        long waiting = 0;
        Instant oldest = null;
        List<List<Waiting>> byCollection = new ArrayList<>();
        for (Relayed relayed : collections) {
            List<Waiting> found = new ArrayList<>();
            for (Document document : relayed.collection().find(Filters.exists(PENDING))
                    .projection(Projections.include("_id", Outbox.FIELD + ".storedAt", Outbox.FIELD + ".occurredAt"))) {
                Instant since = null;
                for (Document entry : document.getList(Outbox.FIELD, Document.class, List.of())) {
                    waiting++;
                    Date stored = entry.getDate("storedAt") != null ? entry.getDate("storedAt") : entry.getDate("occurredAt");
                    if (stored != null && (since == null || stored.toInstant().isBefore(since))) {
                        since = stored.toInstant();
                    }
                }
                found.add(new Waiting(relayed, document.get("_id"), since == null ? now : since));
                if (since != null && (oldest == null || since.isBefore(oldest))) {
                    oldest = since;
                }
            }
            found.sort(Comparator.comparing(Waiting::since));
            byCollection.add(found);
        }
        backlog.set(waiting);
        oldestWaitingSince.set(oldest == null ? 0 : oldest.toEpochMilli());
        return publish(inTurn(byCollection), now, true);
    }

    /**
     * A pass over the outboxes nudged since the last one, up to {@value #AGGREGATES_PER_PASS}, each taken by its
     * {@code _id}, in the order they were written; as {@link #pass()} does otherwise.
     */
    Pass nudgedPass() {
        Instant now = clock.instant();
        Set<Nudged> named = new LinkedHashSet<>();
        Nudged next;
        while (named.size() < AGGREGATES_PER_PASS && (next = nudged.poll()) != null) {
            named.add(next);
        }
        Map<String, Relayed> byName = new HashMap<>();
        collections.forEach(relayed -> byName.put(relayed.name(), relayed));
        List<Waiting> candidates = new ArrayList<>();
        for (Nudged aggregate : named) {
            Relayed relayed = byName.get(aggregate.collection());
            if (relayed != null) {
                candidates.add(new Waiting(relayed, aggregate.id(), now));
            }
        }
        Pass pass = publish(candidates, now, false);
        return new Pass(pass.published(), pass.outage(), pass.more() || !nudged.isEmpty());
    }

    /**
     * Takes the leases of up to {@value #AGGREGATES_PER_PASS} of the candidates, in order, and publishes.
     *
     * @param nudgeAfter  whether to nudge the aggregates taken once their leases are released: a write while the
     *                    look at every outbox held one found it held, and its events go with the next nudged pass
     */
    private Pass publish(List<Waiting> candidates, Instant now, boolean nudgeAfter) {
        List<Taken> taken = new ArrayList<>();
        boolean more = false;
        for (Waiting candidate : candidates) {
            if (taken.size() == AGGREGATES_PER_PASS) {
                more = true;
                break;
            }
            take(candidate, now).ifPresent(taken::add);
        }
        try {
            Pass published = publish(taken);
            return new Pass(published.published(), published.outage(),
                    more || taken.stream().anyMatch(Taken::sending));
        } finally {
            for (Taken outbox : taken) {
                if (!outbox.released) {
                    fenced(outbox.relayed.collection(), outbox.id, outbox.held, Updates.unset(LEASE));
                }
                if (nudgeAfter) {
                    nudge(outbox.relayed.name(), outbox.id);
                }
            }
        }
    }

    /** The first of each collection, then the second of each, and so on. */
    private static List<Waiting> inTurn(List<List<Waiting>> byCollection) {
        List<Waiting> inTurn = new ArrayList<>();
        for (int i = 0; inTurn.size() < byCollection.stream().mapToInt(List::size).sum(); i++) {
            for (List<Waiting> collection : byCollection) {
                if (i < collection.size()) {
                    inTurn.add(collection.get(i));
                }
            }
        }
        return inTurn;
    }

    /** The lease of an outbox that is free and due, taken by a compare-and-set on the lease seen. */
    private Optional<Taken> take(Waiting candidate, Instant now) {
        MongoCollection<Document> collection = candidate.relayed().collection();
        // Each taking of a lease has a holder of its own, so that even two passes of this relay never share one.
        String holding = holder + "/" + UUID.randomUUID();
        Document current = collection.find(Filters.eq("_id", candidate.id()))
                .projection(Projections.include(LEASE, RETRY + ".notBefore", PENDING)).first();
        if (current == null || current.getList(Outbox.FIELD, Document.class, List.of()).isEmpty()
                || !isFree(current.get(LEASE, Document.class), now) || !isDue(current, now)) {
            // gone, published already, held by another instance, or its first event waits for its next attempt
            return Optional.empty();
        }
        Document held = lease(holding, now);
        Document leased = collection.findOneAndUpdate(holding(candidate.id(), current.get(LEASE, Document.class)),
                Updates.combine(Updates.set(LEASE, held), Updates.unset(UNFENCED_LEASE)),
                new FindOneAndUpdateOptions().projection(Projections.include(Outbox.FIELD, RETRY))
                        .returnDocument(ReturnDocument.AFTER));
        // null: another instance took it first
        return Optional.ofNullable(leased).map(found -> new Taken(candidate.relayed(), candidate.id(), holding, held,
                found));
    }

    /** The rounds of a pass over the outboxes it took. */
    private Pass publish(List<Taken> taken) {
        int published = 0;
        for (int round = 0; round < EVENTS_PER_AGGREGATE; round++) {
            List<Taken> sending = taken.stream().filter(Taken::sending).toList();
            if (sending.isEmpty()) {
                break;
            }
            long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
            Map<Taken, CompletableFuture<?>> sends = new LinkedHashMap<>();
            for (Taken outbox : sending) {
                CompletableFuture<?> sent = sendAsync(outbox.entry());
                sends.put(outbox, sent);
                if (sent.isCompletedExceptionally()
                        && isOutage(acknowledgement(sent, deadline, outbox.entry()), outbox.entry())) {
                    break; // Kafka is unavailable: the rest of the round would wait for it in vain
                }
            }
            boolean outage = false;
            for (Map.Entry<Taken, CompletableFuture<?>> send : sends.entrySet()) {
                Taken outbox = send.getKey();
                Document entry = outbox.entry();
                RuntimeException failure = acknowledgement(send.getValue(), deadline, entry);
                if (failure == null) {
                    published++;
                    published(outbox);
                } else if (isOutage(failure, entry)) {
                    log.warn("Could not publish {} {}: {}; waiting for Kafka", entry.get("typeId"),
                            entry.get("eventId"), describe(failure));
                    outbox.active = false;
                    outage = true;
                } else {
                    Document renewed = lease(outbox.holding, clock.instant());
                    if (failedOnItsOwn(outbox.relayed, outbox.id, outbox.held, renewed, entry, outbox.retry, failure)) {
                        outbox.held = renewed; // parked: the aggregate's next event goes on
                        outbox.retry = null;
                        outbox.next++;
                    } else {
                        outbox.active = false;
                    }
                }
            }
            if (outage) {
                return new Pass(published, true, true);
            }
        }
        return new Pass(published, false, false);
    }

    /**
     * Removes an acknowledged event from its outbox and renews the lease, or gives it back with the last event,
     * fenced by the lease; a holder that lost it stops.
     */
    private void published(Taken outbox) {
        boolean last = outbox.next + 1 == outbox.entries.size();
        Document renewed = lease(outbox.holding, clock.instant());
        if (!fenced(outbox.relayed.collection(), outbox.id, outbox.held, Updates.combine(
                Updates.pull(Outbox.FIELD, identity(outbox.entry())), Updates.unset(RETRY),
                last ? Updates.unset(LEASE) : Updates.set(LEASE, renewed)))) {
            log.info("Lost the outbox lease of {} {} to another instance; it goes on from here",
                    outbox.relayed.name(), outbox.id);
            outbox.active = false;
            outbox.released = true;
            return;
        }
        outbox.held = renewed;
        outbox.retry = null;
        outbox.next++;
        outbox.released = last;
    }

    /**
     * Counts an attempt of an event that failed for a reason of its own: schedules its next attempt, or parks it
     * when it had its attempts.
     *
     * @return whether it was parked, so that the aggregate's next events may go on
     */
    private boolean failedOnItsOwn(Relayed relayed, Object id, Document held, Document renewed, Document entry,
            Document retry, RuntimeException failure) {
        boolean sameEvent = retry != null && String.valueOf(entry.get("eventId")).equals(String.valueOf(retry.get("eventId")));
        int attempts = (sameEvent ? retry.getInteger("attempts", 0) : 0) + 1;
        String reason = describe(failure);
        if (attempts >= settings.parkAfter()) {
            parked.park(relayed.name(), id, entry, reason, attempts);
            boolean stillHeld = fenced(relayed.collection(), id, held, Updates.combine(
                    Updates.pull(Outbox.FIELD, identity(entry)), Updates.unset(RETRY), Updates.set(LEASE, renewed)));
            log.error("Parked {} {} of {} {} after {} attempts: {}", entry.get("typeId"), entry.get("eventId"),
                    relayed.name(), id, attempts, reason);
            return stillHeld;
        }
        Duration backOff = backOffAfter(attempts);
        Instant next = clock.instant().plus(backOff);
        if (fenced(relayed.collection(), id, held, Updates.set(RETRY, new Document("eventId", entry.get("eventId"))
                .append("attempts", attempts).append("notBefore", Date.from(next)).append("failure", reason)))) {
            nudgeAfter(backOff, relayed.name(), id);
        }
        log.warn("Could not publish {} {} of {} {} (attempt {} of {}), trying again at {}: {}", entry.get("typeId"),
                entry.get("eventId"), relayed.name(), id, attempts, settings.parkAfter(), next, reason);
        return false;
    }

    /**
     * Whether a send failed because Kafka is unavailable rather than because of the event. A timeout waiting for
     * a topic's metadata is the event's own when the broker answers that the topic does not exist.
     */
    private boolean isOutage(RuntimeException failure, Document entry) {
        if (!Outages.isOutage(failure)) {
            return false;
        }
        if (!hasCause(failure, org.apache.kafka.common.errors.TimeoutException.class)
                && !hasCause(failure, UnknownTopicOrPartitionException.class)) {
            return true;
        }
        return entry.getString("topic") == null || broker.topic(entry.getString("topic")) != BrokerProbe.Answer.MISSING;
    }

    /**
     * Nudges the relay about this aggregate once its retry is due, so that the retry comes at its back-off rather
     * than at the next look at every outbox; that look still finds it should this nudge be lost with the instance.
     */
    private void nudgeAfter(Duration backOff, String collection, Object id) {
        ScheduledExecutorService scheduler = retries;
        if (scheduler == null) {
            return; // not started: whoever drives the passes (a test) decides when to look again
        }
        try {
            scheduler.schedule(() -> nudge(collection, id), backOff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the relay is stopping; the next instance's look finds the retry
        }
    }

    private Duration backOffAfter(int attempts) {
        Duration pause = settings.firstBackOff();
        for (int i = 1; i < attempts && pause.compareTo(settings.maxBackOff()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : pause;
    }

    private Document lease(String holding, Instant now) {
        return new Document("holder", holding).append("until", Date.from(now.plus(settings.lease())));
    }

    /**
     * Applies the update only while this taking of the lease still holds it, as last written (every renewal
     * writes a new {@code until}); whether it did.
     */
    private boolean fenced(MongoCollection<Document> collection, Object id, Document held, Bson update) {
        return collection.updateOne(holding(id, held), update).getMatchedCount() > 0;
    }

    /**
     * The aggregate's document while its lease is this one ({@code null}: none): {@code {_id, outboxLease.holder,
     * outboxLease.until}}, the fields of the {@code outbox_lease_fence} index.
     */
    private static Document holding(Object id, Document lease) {
        return new Document("_id", id).append(LEASE_HOLDER, lease == null ? null : lease.get("holder"))
                .append(LEASE_UNTIL, lease == null ? null : lease.get("until"));
    }

    private static void dropIndexIfPresent(MongoCollection<Document> collection, String name) {
        for (Document index : collection.listIndexes()) {
            if (name.equals(index.getString("name"))) {
                collection.dropIndex(name);
            }
        }
    }

    private static boolean isFree(Document lease, Instant now) {
        return lease == null || lease.getDate("until") == null || lease.getDate("until").toInstant().isBefore(now);
    }

    private static boolean isDue(Document current, Instant now) {
        Document retry = current.get(RETRY, Document.class);
        return retry == null || retry.getDate("notBefore") == null || !retry.getDate("notBefore").toInstant().isAfter(now);
    }

    /** How to pull exactly this entry: by its event id, or whole when it is too malformed to have one. */
    private static Bson identity(Document entry) {
        return entry.get("eventId") != null ? Filters.eq("eventId", entry.get("eventId")) : entry;
    }

    /** Hands one event to Kafka; a failure to, as a failed future. */
    private CompletableFuture<?> sendAsync(Document entry) {
        try {
            return kafka.send(codec.toRecord(Outbox.fromDocument(entry)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for Kafka's acknowledgement until the deadline: {@code null} once it came, else why it did not. */
    private RuntimeException acknowledgement(CompletableFuture<?> sent, long deadline, Document entry) {
        String event = entry.get("typeId") + " " + entry.get("eventId");
        try {
            sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("Interrupted while publishing " + entry.get("eventId"), e);
        } catch (ExecutionException e) {
            return new IllegalStateException("Could not publish " + event, e.getCause());
        } catch (TimeoutException e) {
            return new IllegalStateException("Could not publish " + event, new org.apache.kafka.common.errors
                    .TimeoutException("No acknowledgement within " + settings.sendTimeout(), e));
        }
    }

    /** Publishes one event and waits for Kafka's acknowledgement, no longer than the send timeout. */
    void send(OutgoingEvent event) {
        try {
            kafka.send(codec.toRecord(event)).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.debug("Published {} {} to {}", event.typeId(), event.eventId(), event.topic());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + event.eventId(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + event.typeId() + " " + event.eventId(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event.typeId() + " " + event.eventId(),
                    new org.apache.kafka.common.errors.TimeoutException("No acknowledgement within "
                            + settings.sendTimeout(), e));
        }
    }

    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private double oldestAgeSeconds() {
        long since = oldestWaitingSince.get();
        return since == 0 ? 0 : Math.max(0, clock.millis() - since) / 1000.0;
    }

    /**
     * The relay's two loops, each on a thread of its own: one publishes what nudges name as soon as they come; the
     * other looks at every outbox every interval, so that its reading of whole collections never holds up a fresh
     * event. Both take outboxes by their leases, so they never publish the same aggregate at once.
     */
    private void run(boolean everywhere) {
        Semaphore wake = everywhere ? lookNow : nudges;
        Duration outagePause = null;
        while (running) {
            boolean outage;
            boolean more = false;
            try {
                Pass pass = everywhere ? pass() : nudgedPass();
                outage = pass.outage();
                // nudges still queued are worked through at once; a look at every outbox that published nothing of
                // what it left waits (that is held elsewhere or not due yet)
                more = everywhere ? pass.more() && pass.published() > 0 : pass.more();
            } catch (RuntimeException e) {
                outage = Outages.isOutage(e);
                log.warn("Outbox relay could not look at the outboxes; will retry: {}", describe(e));
            }
            try {
                if (outage) {
                    outagePause = outagePause == null ? FIRST_OUTAGE_PAUSE : outagePause.multipliedBy(2);
                    if (outagePause.compareTo(settings.outageMaxBackOff()) > 0) {
                        outagePause = settings.outageMaxBackOff();
                    }
                    TimeUnit.MILLISECONDS.sleep(outagePause.toMillis()); // nudges cannot bring Kafka back sooner
                    wake.drainPermits();
                    lookNow.release(); // what the nudges named meanwhile, and what the outage interrupted
                } else {
                    if (outagePause != null) {
                        log.info("Outbox relay publishing again");
                        outagePause = null;
                    }
                    if (!more) { // with more to publish, the next pass starts at once
                        wake.tryAcquire(settings.interval().toMillis(), TimeUnit.MILLISECONDS);
                    }
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        retries = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-relay-retries");
            thread.setDaemon(true);
            return thread;
        });
        workers = List.of(worker(false, "outbox-relay"), worker(true, "outbox-relay-look"));
    }

    private Thread worker(boolean everywhere, String name) {
        Thread thread = new Thread(() -> run(everywhere), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService scheduler = retries;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        for (Thread current : workers) {
            current.interrupt();
        }
        for (Thread current : workers) {
            try {
                current.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        broker.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
