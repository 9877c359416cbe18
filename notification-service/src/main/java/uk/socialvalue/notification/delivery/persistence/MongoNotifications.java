package uk.socialvalue.notification.delivery.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import uk.socialvalue.support.aggregate.DuplicateKey;

/**
 * The delivery log in the {@value #COLLECTION} collection, stored through service-support's aggregate store:
 * every write is one atomic conditional update of one entry. The document id is the notification id, derived
 * from the event id and the recipient, so the unique {@code _id} index is what makes a redelivered event a
 * no-op. Claims are leases set with one atomic {@code findOneAndUpdate}, so two instances never send the
 * same entry at once.
 */
@Repository
class MongoNotifications implements Notifications {

    static final String COLLECTION = "notifications";

    private static final Logger log = LoggerFactory.getLogger(MongoNotifications.class);
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String LEASE_OWNER = "leaseOwner";

    private final AggregateStore<Notification> store;
    private final MongoCollection<Document> collection;
    private final NotificationMapping mapping = new NotificationMapping();

    MongoNotifications(AggregateStores stores) {
        this.store = stores.of(COLLECTION, Notification.NAME, mapping);
        this.collection = store.collection();
        // For real MongoDB: dispatchers look for due entries, admins search by recipient. The embedded store
        // accepts these indexes without using them.
        collection.createIndex(Indexes.ascending("status", "nextAttemptAt"), new IndexOptions().name("due"));
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("recipient"), Indexes.descending("createdAt")),
                new IndexOptions().name("by_recipient"));
    }

    @Override
    public boolean record(Notification notification) {
        try {
            store.add(notification);
            return true;
        } catch (DuplicateKey alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<Notification> claimNextDue(Instant now, Duration lease, String claimant) {
        Date at = Date.from(now);
        Bson due = Filters.and(
                Filters.eq("status", NotificationStatus.PENDING.name()),
                Filters.lte("nextAttemptAt", at),
                Filters.or(Filters.eq(LEASE_UNTIL, null), Filters.lte(LEASE_UNTIL, at)));
        Document claimed = collection.findOneAndUpdate(due,
                Updates.combine(Updates.set(LEASE_UNTIL, Date.from(now.plus(lease))), Updates.set(LEASE_OWNER, claimant)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt", "_id"))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(document -> mapping.toAggregate(document, 0));
    }

    @Override
    public void complete(Notification outcome, String claimant) {
        if (!store.updateWhere(outcome.id(), Filters.eq(LEASE_OWNER, claimant), outcomeUpdate(outcome), List.of())) {
            // The lease ran out and another dispatcher took the entry over; it records its own outcome.
            log.warn("Lost the claim on notification {} before recording {}", outcome.id(), outcome.status());
        }
    }

    @Override
    public Optional<Notification> byId(String id) {
        return store.byId(id);
    }

    @Override
    public boolean replace(Notification current, Notification next) {
        Bson unchanged = Filters.and(Filters.eq("status", current.status().name()),
                Filters.eq("attempts", current.attempts()));
        return store.updateWhere(current.id(), unchanged, outcomeUpdate(next), List.of());
    }

    @Override
    public List<Notification> toRecipient(String address) {
        return store.read(collection.find(Filters.eq("recipient", Notification.normalise(address)))
                .sort(Sorts.descending("createdAt")));
    }

    @Override
    public long eraseRecipient(String address) {
        return collection.updateMany(Filters.eq("recipient", Notification.normalise(address)),
                Updates.combine(Updates.set("recipient", Notification.ERASED_RECIPIENT),
                        Updates.unset("recipientName"), Updates.set("model", new Document())))
                .getModifiedCount();
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
        Bson filter = criteria.isEmpty() ? new Document() : Filters.and(criteria);
        List<Notification> items = store.read(collection.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size())
                .limit(query.size()));
        return new NotificationPage(items, query.page(), query.size(), collection.countDocuments(filter));
    }

    private static Bson outcomeUpdate(Notification outcome) {
        return Updates.combine(
                Updates.set("status", outcome.status().name()),
                Updates.set("attempts", outcome.attempts()),
                Updates.set("lastError", outcome.lastError()),
                Updates.set("nextAttemptAt", date(outcome.nextAttemptAt())),
                Updates.set("sentAt", date(outcome.sentAt())),
                // once sent, the model no longer holds the email's single-use links (Notification#sent)
                Updates.set("model", new Document(new LinkedHashMap<String, Object>(outcome.model()))),
                Updates.unset(LEASE_UNTIL),
                Updates.unset(LEASE_OWNER));
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
                    .append("sentAt", date(n.sentAt()));
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
                    instant(d.getDate("nextAttemptAt")), instant(d.getDate("sentAt")));
        }
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
