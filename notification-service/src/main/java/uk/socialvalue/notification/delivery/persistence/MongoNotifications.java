package uk.socialvalue.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationPage;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.UniqueInserts;

/**
 * The delivery log in the {@value #COLLECTION} collection and the outgoing emails, the work still to do, in
 * {@value #OUTGOING} (both stored through service-support's aggregate store). A document's id is the
 * notification id, derived from the event id and the recipient, so the unique {@code _id} index is what makes
 * a redelivered event a no-op.
 * <p>
 * Every write on an email's way out is keyed: by {@code _id} alone, or by {@code _id} with the lease it must
 * still hold, which the unique indexes {@code owned} and {@code lease} answer directly on any MongoDB (the
 * embedded store answers a query only through a unique index whose fields are exactly the query's). So
 * recording, claiming and settling an email cost the same however long the log is. A claim's or a batch's keyed
 * writes go to the store together, as one bulk write. Only looking for due work reads documents it does not name,
 * and it reads the outgoing set, which holds only what is not settled yet.
 * <p>
 * The whole log, newest first (what staff open first), is read through {@value #LOG_ORDER}, the log's entries
 * numbered as they are written, by {@code _id}; a search by recipient, status or kind is a query on the log
 * (the index {@code by_recipient} serves the first on real MongoDB; the embedded store reads the log).
 */
@Repository
class MongoNotifications implements Notifications {

    static final String COLLECTION = "notifications";
    static final String OUTGOING = "outgoingEmails";
    /** The log in the order it was written: {@code {_id: n, notificationId}}, n counting up from 1. */
    static final String LOG_ORDER = "notificationLogOrder";
    /** The counter of {@link #LOG_ORDER}: {@code {_id: "log", last: n}}. */
    static final String LOG_SEQUENCE = "notificationLogSequence";

    private static final Logger log = LoggerFactory.getLogger(MongoNotifications.class);
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String LEASE_OWNER = "leaseOwner";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    /** The mark of the claim that holds an outgoing email, by which that claim reads back what it took. */
    private static final String CLAIM = "claim";
    /** What settling or letting go of an outgoing email removes: who holds it, until when, and which claim. */
    private static final Bson RELEASED = Updates.combine(Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL),
            Updates.unset(CLAIM));
    /** What becomes of a pending email to a recipient erased before it went out: it will not be sent. */
    private static final Bson NOT_SENT = Updates.combine(Updates.set("status", NotificationStatus.FAILED.name()),
            Updates.set("lastError", "The recipient's personal data was erased"), Updates.unset(NEXT_ATTEMPT_AT));
    /** What erasing a recipient leaves of an email to them: what was sent, when and how it went. */
    private static final Bson ERASED = Updates.combine(Updates.set("recipient", Notification.ERASED_RECIPIENT),
            Updates.unset("recipientName"), Updates.set("model", new Document()));

    private final AggregateStore<Notification> store;
    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> outgoing;
    private final MongoCollection<Document> logOrder;
    private final MongoCollection<Document> logSequence;
    private final ErasedRecipients erased;
    private final NotificationMapping mapping = new NotificationMapping();

    /**
     * @param secret  the service's secret (its unsubscribe secret), from which the key that digests erased
     *                addresses is derived
     */
    MongoNotifications(AggregateStores stores, @Value("${svuk.notifications.unsubscribe-secret}") String secret) {
        this.store = stores.of(COLLECTION, Notification.NAME, mapping);
        this.erased = new ErasedRecipients(stores.of(ErasedRecipients.COLLECTION, Notification.NAME, mapping)
                .collection(), secret);
        this.collection = store.collection();
        this.outgoing = stores.of(OUTGOING, Notification.NAME, mapping).collection();
        // For real MongoDB: admins search the log by recipient, newest first. The embedded store accepts this
        // index without using it.
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("recipient"), Indexes.descending("createdAt")),
                new IndexOptions().name("by_recipient"));
        // Keyed writes on the outgoing set: "this email, if I still hold it" and "this email, if its lease is
        // still the one I saw".
        outgoing.createIndex(Indexes.ascending("_id", LEASE_OWNER), new IndexOptions().name("owned").unique(true));
        outgoing.createIndex(Indexes.ascending("_id", LEASE_UNTIL), new IndexOptions().name("lease").unique(true));
        outgoing.createIndex(Indexes.ascending(NEXT_ATTEMPT_AT), new IndexOptions().name("due"));
        this.logOrder = stores.of(LOG_ORDER, Notification.NAME, mapping).collection();
        this.logSequence = stores.of(LOG_SEQUENCE, Notification.NAME, mapping).collection();
        orderTheLogWrittenBeforeItWasOrdered();
    }

    /**
     * The first instance to start with this version numbers the entries already in the log, oldest first: the
     * one whose counter document goes in does it, the others find it there.
     */
    private void orderTheLogWrittenBeforeItWasOrdered() {
        if (logSequence.find(Filters.eq("_id", "log")).first() != null) {
            return;
        }
        try {
            logSequence.insertOne(new Document("_id", "log").append("last", 0L));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return;
            }
            throw e;
        }
        List<String> written = collection.find().sort(Sorts.ascending("createdAt", "_id"))
                .projection(Projections.include("_id")).map(document -> document.getString("_id"))
                .into(new ArrayList<>());
        appendToLogOrder(written);
    }

    /**
     * Gives new entries of the log the next numbers, in the order given, with one increment of the counter: the
     * newest first page reads the highest numbers by _id.
     */
    private void appendToLogOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // With a projection: the embedded store copies the counter under its lock, where without one it serialises
        // the document after releasing it, and two concurrent writers could both read the later value.
        long last = logSequence.findOneAndUpdate(Filters.eq("_id", "log"), Updates.inc("last", (long) ids.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include("last"))).getLong("last");
        long first = last - ids.size() + 1;
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            entries.add(new Document("_id", first + i).append("notificationId", ids.get(i)));
        }
        logOrder.insertMany(entries);
    }

    @Override
    public List<Notification> recordAll(List<Notification> notifications, String claimant, Instant leaseUntil) {
        List<Notification> recorded = store.addAll(notifications);
        Set<String> added = recorded.stream().map(Notification::id).collect(Collectors.toSet());
        for (Notification notification : notifications) {
            if (!added.contains(notification.id())) {
                restoreOutgoingIfLost(notification.id());
            }
        }
        appendToLogOrder(recorded.stream().map(Notification::id).toList());
        insertOutgoing(recorded.stream().filter(notification -> !notification.isSettled())
                .map(notification -> mapping.toDocument(notification).append(LEASE_OWNER, claimant)
                        .append(LEASE_UNTIL, date(leaseUntil)))
                .toList());
        return recorded;
    }

    /** A crash between writing the log entry and the outgoing one leaves a pending entry nobody would send. */
    private void restoreOutgoingIfLost(String id) {
        store.byId(id).filter(entry -> !entry.isSettled())
                .ifPresent(entry -> insertOutgoing(List.of(mapping.toDocument(entry))));
    }

    /** Puts the emails in the outgoing set, in one write; those already there stay as they are. */
    private void insertOutgoing(List<Document> documents) {
        UniqueInserts.insertNew(outgoing, documents.stream().map(MongoNotifications::withoutNulls).toList());
    }

    @Override
    public void release(List<Notification> notifications, String claimant) {
        if (notifications.isEmpty()) {
            return;
        }
        outgoing.bulkWrite(notifications.stream().map(notification -> new UpdateOneModel<Document>(
                owned(notification.id(), claimant), RELEASED))
                .toList(), new BulkWriteOptions().ordered(false));
    }

    /**
     * Reads the due emails' ids and leases (the one read of the outgoing set), takes each with a compare-and-set on
     * the lease it saw, all in one bulk write, and reads back by id the ones this claim took.
     */
    @Override
    public List<Notification> claimDue(Instant now, Duration lease, String claimant, int limit) {
        Date at = Date.from(now);
        Bson due = Filters.and(Filters.lte(NEXT_ATTEMPT_AT, at),
                Filters.or(Filters.eq(LEASE_UNTIL, null), Filters.lte(LEASE_UNTIL, at)));
        List<Document> candidates = outgoing.find(due).sort(Sorts.ascending(NEXT_ATTEMPT_AT, "_id")).limit(limit)
                .projection(Projections.include("_id", LEASE_UNTIL)).into(new ArrayList<>());
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Compare-and-set on the lease seen: of two claims of the same email, one takes it, and each knows which
        // it took by the claim's own mark (two claims by one instance can hold the same lease and owner).
        String mark = UUID.randomUUID().toString();
        Bson take = Updates.combine(Updates.set(LEASE_UNTIL, Date.from(now.plus(lease))),
                Updates.set(LEASE_OWNER, claimant), Updates.set(CLAIM, mark));
        outgoing.bulkWrite(candidates.stream().map(candidate -> new UpdateOneModel<Document>(
                new Document("_id", candidate.get("_id")).append(LEASE_UNTIL, candidate.get(LEASE_UNTIL)), take))
                .toList(), new BulkWriteOptions().ordered(false));
        Map<Object, Document> taken = new HashMap<>();
        outgoing.find(Filters.in("_id", candidates.stream().map(candidate -> candidate.get("_id")).toList()))
                .forEach(document -> {
                    if (mark.equals(document.getString(CLAIM))) {
                        taken.put(document.get("_id"), document);
                    }
                });
        List<Notification> claimed = candidates.stream().map(candidate -> taken.get(candidate.get("_id")))
                .filter(document -> document != null).map(document -> mapping.toAggregate(document, 0)).toList();
        return withoutSettled(claimed, claimant);
    }

    /**
     * The log first, then the outgoing set: at no moment is an email's log entry pending while it is missing
     * from the outgoing set, which a redelivered event would take for a recording cut short and send again. A
     * crash between the two writes leaves a settled email in the outgoing set, which {@link #claimDue} drops.
     */
    @Override
    public List<Notification> complete(List<Notification> outcomes, String claimant) {
        if (outcomes.isEmpty()) {
            return outcomes;
        }
        collection.bulkWrite(outcomes.stream()
                .map(outcome -> new UpdateOneModel<Document>(Filters.eq("_id", outcome.id()), outcomeUpdate(outcome)))
                .toList(), new BulkWriteOptions().ordered(false));
        BulkWriteResult settled = outgoing.bulkWrite(outcomes.stream().<WriteModel<Document>>map(outcome -> {
            Document mine = owned(outcome.id(), claimant);
            return outcome.isSettled() ? new DeleteOneModel<>(mine)
                    : new UpdateOneModel<>(mine, Updates.combine(outcomeUpdate(outcome), RELEASED));
        }).toList(), new BulkWriteOptions().ordered(false));
        if (settled.getDeletedCount() + settled.getMatchedCount() == outcomes.size()) {
            return outcomes;
        }
        // A lease ran out and another instance took the email over; it records its own outcome. The emails it
        // holds now are the ones this claim lost.
        Map<Object, String> holders = new HashMap<>();
        outgoing.find(Filters.in("_id", outcomes.stream().map(Notification::id).toList()))
                .projection(Projections.include(LEASE_OWNER))
                .forEach(document -> holders.put(document.get("_id"), document.getString(LEASE_OWNER)));
        List<String> gone = outcomes.stream().map(Notification::id).filter(id -> !holders.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            // Erasing a recipient takes their emails out of the outgoing set, those being sent too: the outcome
            // written above must not bring back the values the erasure removed.
            collection.updateMany(Filters.and(Filters.in("_id", gone),
                    Filters.eq("recipient", Notification.ERASED_RECIPIENT)), ERASED);
        }
        List<Notification> stored = new ArrayList<>();
        for (Notification outcome : outcomes) {
            String holder = holders.get(outcome.id());
            if (holder == null || holder.equals(claimant)) {
                stored.add(outcome);
            } else {
                log.warn("Lost the claim on notification {} while recording {}", outcome.id(), outcome.status());
            }
        }
        return stored;
    }

    @Override
    public Optional<Notification> byId(String id) {
        return store.byId(id);
    }

    @Override
    public boolean replace(Notification current, Notification next) {
        Bson unchanged = Filters.and(Filters.eq("status", current.status().name()),
                Filters.eq("attempts", current.attempts()));
        if (!store.updateWhere(current.id(), unchanged, outcomeUpdate(next), List.of())) {
            return false;
        }
        if (!next.isSettled()) {
            Document due = mapping.toDocument(next);
            due.remove("_id");
            outgoing.replaceOne(Filters.eq("_id", next.id()), withoutNulls(due.append("_id", next.id())),
                    new ReplaceOptions().upsert(true));
        }
        return true;
    }

    @Override
    public List<Notification> toRecipient(String address) {
        return store.read(collection.find(Filters.eq("recipient", Notification.normalise(address)))
                .sort(Sorts.descending("createdAt")));
    }

    @Override
    public long eraseRecipient(String address, Instant erasedAt) {
        String recipient = Notification.normalise(address);
        // Remembered first: an email recorded while this runs is then either changed below or finds the mark
        // when its recorder looks after writing it (EventNotifications).
        erased.erased(recipient, erasedAt);
        // An email still to go out to an erased person is not sent: it leaves the outgoing set and the log says why.
        List<Object> unsent = outgoing.find(Filters.eq("recipient", recipient)).projection(Projections.include("_id"))
                .map(document -> document.get("_id")).into(new ArrayList<>());
        if (!unsent.isEmpty()) {
            collection.updateMany(Filters.and(Filters.in("_id", unsent), Filters.eq("status", "PENDING")), NOT_SENT);
            outgoing.deleteMany(Filters.in("_id", unsent));
        }
        return collection.updateMany(Filters.eq("recipient", recipient), ERASED).getModifiedCount();
    }

    @Override
    public void forgetErased(String id) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(ERASED, NOT_SENT));
        outgoing.deleteOne(Filters.eq("_id", id));
    }

    @Override
    public Set<String> erasedAmong(Collection<String> addresses, Instant occurredAt) {
        Map<String, List<String>> asGiven = new HashMap<>();
        addresses.forEach(address -> asGiven.computeIfAbsent(Notification.normalise(address), any -> new ArrayList<>())
                .add(address));
        Set<String> found = new HashSet<>();
        erased.erasedSince(asGiven.keySet(), occurredAt).forEach(normalised -> found.addAll(asGiven.get(normalised)));
        return found;
    }

    @Override
    public NotificationPage search(NotificationQuery query) {
        List<Bson> criteria = new ArrayList<>();
        if (query.recipient() != null) {
            criteria.add(Filters.eq("recipient", Notification.normalise(query.recipient())));
        }
        if (query.status() != null) {
            criteria.add(Filters.eq("status", query.status().name()));
        }
        if (query.kind() != null) {
            criteria.add(Filters.eq("type", query.kind().name()));
        }
        if (criteria.isEmpty()) {
            return newest(query.page(), query.size());
        }
        Bson filter = Filters.and(criteria);
        List<Notification> items = store.read(collection.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size())
                .limit(query.size()));
        return new NotificationPage(items, query.page(), query.size(), collection.countDocuments(filter));
    }

    /**
     * A page of the whole log, newest first, by the numbers {@link #appendToLogOrder} gave its entries: the page's
     * numbers counted down from the last, read by {@code _id}, then its entries by {@code _id}, so a page costs
     * the same however long the log grows. A number whose entry was never written (a crash between the two
     * writes) is a gap, and its page one entry shorter. Two entries recorded at once by two consumers are in the
     * order they were numbered, which may differ from their creation times by the moment between the two writes.
     */
    private NotificationPage newest(int page, int size) {
        Document sequence = logSequence.find(Filters.eq("_id", "log")).first();
        long top = (sequence == null ? 0 : sequence.getLong("last")) - (long) page * size;
        List<Long> numbers = new ArrayList<>();
        for (long number = top; number > 0 && number > top - size; number--) {
            numbers.add(number);
        }
        Map<Long, String> ids = new LinkedHashMap<>();
        logOrder.find(Filters.in("_id", numbers))
                .forEach(entry -> ids.put(entry.getLong("_id"), entry.getString("notificationId")));
        Map<String, Notification> entries = new LinkedHashMap<>();
        store.read(collection.find(Filters.in("_id", List.copyOf(ids.values()))))
                .forEach(entry -> entries.put(entry.id(), entry));
        List<Notification> items = numbers.stream().map(ids::get).filter(id -> id != null).map(entries::get)
                .filter(entry -> entry != null).toList();
        return new NotificationPage(items, page, size, collection.estimatedDocumentCount());
    }

    /** Drops (and removes) claimed emails the log already shows settled: a crash cut their completion short. */
    private List<Notification> withoutSettled(List<Notification> claimed, String claimant) {
        if (claimed.isEmpty()) {
            return claimed;
        }
        List<Object> settled = collection.find(Filters.in("_id", claimed.stream().map(Notification::id).toList()))
                .projection(Projections.include("status")).into(new ArrayList<>()).stream()
                .filter(entry -> !NotificationStatus.PENDING.name().equals(entry.getString("status")))
                .map(entry -> entry.get("_id")).toList();
        settled.forEach(id -> outgoing.deleteOne(owned((String) id, claimant)));
        return claimed.stream().filter(notification -> !settled.contains(notification.id())).toList();
    }

    /** The outgoing email, if the claimant still holds it: a flat filter the {@code owned} index answers. */
    private static Document owned(String id, String claimant) {
        return new Document("_id", id).append(LEASE_OWNER, claimant);
    }

    private static Bson outcomeUpdate(Notification outcome) {
        return Updates.combine(
                Updates.set("status", outcome.status().name()),
                Updates.set("attempts", outcome.attempts()),
                Updates.set("lastError", outcome.lastError()),
                Updates.set(NEXT_ATTEMPT_AT, date(outcome.nextAttemptAt())),
                Updates.set("sentAt", date(outcome.sentAt())),
                Updates.set("resends", outcome.resends()),
                // once sent, the model no longer holds the email's single-use links (Notification#sent)
                Updates.set("model", new Document(new LinkedHashMap<String, Object>(outcome.model()))));
    }

    private static Document withoutNulls(Document document) {
        document.values().removeIf(value -> value == null);
        return document;
    }

    /** An entry of the log as one document, with the values its email is rendered from as a sub-document. */
    static final class NotificationMapping implements AggregateMapping<Notification> {

        @Override
        public Document toDocument(Notification n) {
            return new Document("_id", n.id())
                    .append("eventId", n.eventId())
                    .append("eventType", n.eventType())
                    .append("type", n.kind().name())
                    .append("recipient", n.recipient())
                    .append("recipientName", n.recipientName())
                    .append("model", new Document(new LinkedHashMap<String, Object>(n.model())))
                    .append("subject", n.subject())
                    .append("status", n.status().name())
                    .append("attempts", n.attempts())
                    .append("lastError", n.lastError())
                    .append("createdAt", date(n.createdAt()))
                    .append("nextAttemptAt", date(n.nextAttemptAt()))
                    .append("sentAt", date(n.sentAt()))
                    .append("resends", n.resends());
        }

        @Override
        public Notification toAggregate(Document d, long version) {
            Map<String, String> model = new LinkedHashMap<>();
            d.get("model", Document.class).forEach((key, value) -> {
                if (value != null) {
                    model.put(key, value.toString());
                }
            });
            return new Notification(d.getString("_id"), d.getString("eventId"), d.getString("eventType"),
                    EmailKind.valueOf(d.getString("type")), d.getString("recipient"), d.getString("recipientName"),
                    model, d.getString("subject"), NotificationStatus.valueOf(d.getString("status")),
                    d.getInteger("attempts", 0), d.getString("lastError"), instant(d.getDate("createdAt")),
                    instant(d.getDate("nextAttemptAt")), instant(d.getDate("sentAt")), d.getInteger("resends", 0));
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
