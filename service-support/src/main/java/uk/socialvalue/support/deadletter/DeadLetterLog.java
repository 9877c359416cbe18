package uk.socialvalue.support.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Makes dead letters visible and replayable: reads this service's dead-letter topics
 * ({@code <topic>.<group>.dlt}, one per topic and consumer group of the service) and keeps each record in the
 * {@code deadLetters} collection, once, whole (key, value and the original headers), for staff to see at
 * {@code GET /api/admin/dead-letters} and to replay once the cause is fixed ({@link DeadLetterReplay}).
 */
public class DeadLetterLog {

    static final String LISTENER_FACTORY = "deadLetterListenerContainerFactory";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);
    private static final int MAX_PAYLOAD = 16 * 1024;
    private static final String REPLAYED_AT = "replayedAt";
    private static final String REPLAY_LEASE = "replayLeaseUntil";
    private static final Bson WAITING = Filters.exists(REPLAYED_AT, false);

    private final MongoCollection<Document> collection;

    public DeadLetterLog(MongoDatabase database) {
        this.collection = database.getCollection("deadLetters");
        collection.createIndex(Indexes.descending("deadLetteredAt"), new IndexOptions().name("newest_first"));
    }

    /** A dead letter whole, as needed to hand it to its listener again. */
    record Stored(DeadLetter letter, int originalPartition, long originalOffset, byte[] value, Headers headers) {
    }

    @KafkaListener(id = "${spring.application.name}.dead-letters",
            topicPattern = ".*\\.${spring.application.name}(\\.[^.]+)*\\.dlt", containerFactory = LISTENER_FACTORY)
    void record(ConsumerRecord<String, byte[]> record) {
        String id = record.topic() + "-" + record.partition() + "-" + record.offset();
        String cause = header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        String failure = (cause != null ? cause : header(record, KafkaHeaders.DLT_EXCEPTION_FQCN)) + ": "
                + header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        List<Document> originalHeaders = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                originalHeaders.add(new Document("key", header.key()).append("value", new Binary(header.value())));
            }
        }
        Document document = new Document("_id", id)
                .append("originalTopic", header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC))
                .append("originalPartition", number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION))
                .append("originalOffset", number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET))
                .append("group", header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
                .append("key", record.key())
                .append("eventType", header(record, "ce_type"))
                .append("eventId", header(record, "ce_id"))
                .append("failure", failure)
                .append("payload", payload(record.value()))
                .append("value", record.value() == null ? null : new Binary(record.value()))
                .append("headers", originalHeaders)
                .append("deadLetteredAt", new Date(record.timestamp()));
        try {
            collection.insertOne(document);
            log.warn("Dead letter {} from {}: {}", id, document.getString("originalTopic"), failure);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The newest dead letters first. */
    public List<DeadLetter> newest(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        collection.find().projection(Projections.exclude("value", "headers")).sort(Sorts.descending("deadLetteredAt"))
                .limit(limit).forEach(document -> letters.add(letter(document)));
        return letters;
    }

    public long count() {
        return collection.countDocuments();
    }

    /** How many have not been replayed. */
    public long waiting() {
        return collection.countDocuments(WAITING);
    }

    Optional<Stored> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(document -> {
            Headers headers = new RecordHeaders();
            document.getList("headers", Document.class, List.of()).forEach(header ->
                    headers.add(header.getString("key"), header.get("value", Binary.class).getData()));
            Binary value = document.get("value", Binary.class);
            Number partition = document.get("originalPartition", Number.class);
            Number offset = document.get("originalOffset", Number.class);
            return new Stored(letter(document), partition == null ? 0 : partition.intValue(),
                    offset == null ? -1 : offset.longValue(), value == null ? null : value.getData(), headers);
        });
    }

    /** The ids of the letters from a topic that wait for a replay, oldest first. */
    List<String> waitingFrom(String originalTopic) {
        List<String> ids = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("originalTopic", originalTopic), WAITING))
                .projection(Projections.include("_id")).sort(Sorts.ascending("deadLetteredAt"))
                .forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    /**
     * Takes the letter for a replay, unless it was replayed already or another replay holds it: only one
     * replay at a time processes a letter, on any instance.
     */
    boolean claim(String id, Instant now, Instant until) {
        return collection.updateOne(Filters.and(Filters.eq("_id", id), WAITING,
                        Filters.or(Filters.exists(REPLAY_LEASE, false), Filters.lt(REPLAY_LEASE, Date.from(now)))),
                Updates.set(REPLAY_LEASE, Date.from(until))).getModifiedCount() > 0;
    }

    void replayed(String id, Instant at) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set(REPLAYED_AT, Date.from(at)),
                Updates.unset(REPLAY_LEASE), Updates.unset("lastReplayFailure")));
    }

    void replayFailed(String id, String failure) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.unset(REPLAY_LEASE),
                Updates.set("lastReplayFailure", failure)));
    }

    private static DeadLetter letter(Document document) {
        Date replayedAt = document.getDate(REPLAYED_AT);
        return new DeadLetter(document.getString("_id"), document.getString("originalTopic"),
                document.getString("group"), document.getString("key"), document.getString("eventType"),
                document.getString("eventId"), document.getString("failure"), document.getString("payload"),
                document.getDate("deadLetteredAt").toInstant(), replayedAt == null ? null : replayedAt.toInstant(),
                document.getString("lastReplayFailure"));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The original partition (4 bytes) or offset (8 bytes), as the dead-letter publisher writes them. */
    private static Long number(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.wrap(header.value());
        return header.value().length == Integer.BYTES ? (long) bytes.getInt() : bytes.getLong();
    }

    private static String payload(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, StandardCharsets.UTF_8);
        return text.length() > MAX_PAYLOAD ? text.substring(0, MAX_PAYLOAD) + "…" : text;
    }
}
