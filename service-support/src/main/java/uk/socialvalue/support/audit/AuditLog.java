package uk.socialvalue.support.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@value #COLLECTION} collection: written once per action, never changed, except that erasing a person
 * removes their email address from the entries they made (their person id stays, so the record still says an
 * action was done by the same someone).
 */
public class AuditLog {

    static final String COLLECTION = "audit";

    private final MongoCollection<Document> collection;

    public AuditLog(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.descending("at"), new IndexOptions().name("newest_first"));
        collection.createIndex(Indexes.ascending("organisationId", "at"), new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending("actor.personId", "at"), new IndexOptions().name("by_actor"));
    }

    public void record(AuditEntry entry) {
        collection.insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(entry.at()))
                .append("actor", new Document("personId", entry.actor().personId())
                        .append("email", entry.actor().email()))
                .append("action", entry.action())
                .append("organisationId", entry.organisationId())
                .append("details", new Document(new LinkedHashMap<>(entry.details()))));
    }

    /**
     * The entries matching, newest first, a page at a time.
     *
     * @param actor  a person id or an email address, or {@code null} for anyone
     */
    public Page search(String organisationId, String actor, int page, int size) {
        List<Bson> conditions = new ArrayList<>();
        if (organisationId != null && !organisationId.isBlank()) {
            conditions.add(Filters.eq("organisationId", organisationId));
        }
        if (actor != null && !actor.isBlank()) {
            conditions.add(Filters.or(Filters.eq("actor.personId", actor),
                    Filters.eq("actor.email", actor.strip().toLowerCase(java.util.Locale.ROOT))));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<AuditEntry> items = collection.find(filter).sort(Sorts.descending("at", "_id"))
                .skip(page * size).limit(size).map(AuditLog::toEntry).into(new ArrayList<>());
        return new Page(items, page, size, collection.countDocuments(filter));
    }

    /** Everything the person did, oldest first: part of what is held about them. */
    public List<AuditEntry> by(String personId) {
        return collection.find(Filters.eq("actor.personId", personId)).sort(Sorts.ascending("at"))
                .map(AuditLog::toEntry).into(new ArrayList<>());
    }

    /** Removes the person's email address from the entries they made. */
    public long forget(String personId) {
        return collection.updateMany(Filters.eq("actor.personId", personId), Updates.unset("actor.email"))
                .getModifiedCount();
    }

    private static AuditEntry toEntry(Document document) {
        Document actor = document.get("actor", Document.class);
        Map<String, String> details = new LinkedHashMap<>();
        Document stored = document.get("details", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> details.put(key, String.valueOf(value)));
        }
        Instant at = document.getDate("at").toInstant();
        return new AuditEntry(at, new AuditEntry.Actor(actor.getString("personId"), actor.getString("email")),
                document.getString("action"), document.getString("organisationId"), details);
    }

    /** One page of entries, and how many match in all. */
    public record Page(List<AuditEntry> items, int page, int size, long total) {
    }
}
