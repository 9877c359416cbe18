package uk.socialvalue.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, and removes each one only
 * after Kafka has acknowledged it ({@code acks=all}).
 * <p>
 * A crash before the acknowledgement leaves the event in the outbox to be published later; a crash after it
 * and before the removal publishes it twice, which consumers absorb by event id. Several instances of a
 * service can run relays at once: a short lease on each document keeps one aggregate's events in order.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASE = "outboxLeaseUntil";
    /** Present exactly when a document has events waiting: the outbox entries' ids. */
    private static final String PENDING = Outbox.FIELD + ".eventId";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final List<MongoCollection<Document>> collections;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration interval;
    private final Duration lease;
    private final Semaphore nudges = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(MongoDatabase database, List<OutboxCollection> collections, KafkaTemplate<String, byte[]> kafka,
            EventCodec codec, Clock clock, Duration interval, Duration lease) {
        this.collections = collections.stream().map(c -> database.getCollection(c.name())).toList();
        // The relay looks every interval: with this sparse index only documents with events waiting are
        // visited, rather than the whole collection twice a second.
        this.collections.forEach(collection -> collection.createIndex(Indexes.ascending(PENDING),
                new IndexOptions().sparse(true).name("outbox_pending")));
        // Taking the lease is a compare-and-set on {_id, lease seen}: a flat filter that this unique index answers
        // on the embedded store, which would otherwise read the whole collection for every document published.
        this.collections.forEach(collection -> collection.createIndex(Indexes.ascending("_id", LEASE),
                new IndexOptions().unique(true).name("outbox_lease")));
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
        this.interval = interval;
        this.lease = lease;
    }

    /** Wakes the relay up so that fresh events go out now rather than at the next interval. */
    public void nudge() {
        nudges.release();
    }

    /**
     * Publishes everything waiting now and returns how many events went out. The background worker calls
     * this; tests call it to publish deterministically.
     */
    public int publishPending() {
        int published = 0;
        for (MongoCollection<Document> collection : collections) {
            for (Object id : idsWithPendingEvents(collection)) {
                published += publishFrom(collection, id);
            }
        }
        return published;
    }

    private List<Object> idsWithPendingEvents(MongoCollection<Document> collection) {
        List<Object> ids = new ArrayList<>();
        collection.find(Filters.exists(PENDING))
                .projection(Projections.include("_id"))
                .forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    private int publishFrom(MongoCollection<Document> collection, Object id) {
        Instant now = clock.instant();
        Document current = collection.find(Filters.eq("_id", id)).projection(Projections.include(LEASE)).first();
        if (current == null || current.getDate(LEASE) != null && !current.getDate(LEASE).before(Date.from(now))) {
            return 0; // gone, or another instance is publishing this aggregate's events
        }
        Document leaseSeen = new Document("_id", id).append(LEASE, current.getDate(LEASE));
        Document leased = collection.findOneAndUpdate(leaseSeen, Updates.set(LEASE, Date.from(now.plus(lease))),
                new FindOneAndUpdateOptions().projection(Projections.include(Outbox.FIELD))
                        .returnDocument(ReturnDocument.AFTER));
        if (leased == null) {
            return 0; // another instance is publishing this aggregate's events
        }
        int published = 0;
        try {
            for (Document entry : leased.getList(Outbox.FIELD, Document.class, List.of())) {
                OutgoingEvent event = Outbox.fromDocument(entry);
                send(event);
                collection.updateOne(Filters.eq("_id", id),
                        Updates.pull(Outbox.FIELD, new Document("eventId", event.eventId())));
                published++;
            }
        } finally {
            collection.updateOne(Filters.eq("_id", id), Updates.unset(LEASE));
        }
        return published;
    }

    private void send(OutgoingEvent event) {
        try {
            kafka.send(codec.toRecord(event)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.debug("Published {} {} to {}", event.typeId(), event.eventId(), event.topic());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + event.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event.typeId() + " " + event.eventId(), e);
        }
    }

    private void run() {
        while (running) {
            try {
                publishPending();
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not publish; will retry: {}", e.getMessage());
            }
            try {
                nudges.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                nudges.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            try {
                current.join(SEND_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
