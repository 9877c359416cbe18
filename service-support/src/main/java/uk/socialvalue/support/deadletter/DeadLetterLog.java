package uk.socialvalue.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Makes dead letters visible: reads this service's dead-letter topics ({@code <topic>.<service>.dlt}) and
 * keeps each record in the {@code deadLetters} collection, once, for staff to see at
 * {@code GET /api/admin/dead-letters} and for someone to replay by hand once the cause is fixed.
 */
public class DeadLetterLog {

    static final String LISTENER_FACTORY = "deadLetterListenerContainerFactory";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);
    private static final int MAX_PAYLOAD = 16 * 1024;

    private final MongoCollection<Document> collection;

    public DeadLetterLog(MongoDatabase database) {
        this.collection = database.getCollection("deadLetters");
        collection.createIndex(Indexes.descending("deadLetteredAt"), new IndexOptions().name("newest_first"));
    }

    @KafkaListener(id = "${spring.application.name}.dead-letters",
            topicPattern = ".*\\.${spring.application.name}\\.dlt", containerFactory = LISTENER_FACTORY)
    void record(ConsumerRecord<String, byte[]> record) {
        String id = record.topic() + "-" + record.partition() + "-" + record.offset();
        String cause = header(record, "kafka_dlt-exception-cause-fqcn");
        String failure = (cause != null ? cause : header(record, "kafka_dlt-exception-fqcn")) + ": "
                + header(record, "kafka_dlt-exception-message");
        Document document = new Document("_id", id)
                .append("originalTopic", header(record, "kafka_dlt-original-topic"))
                .append("key", record.key())
                .append("eventType", header(record, "ce_type"))
                .append("eventId", header(record, "ce_id"))
                .append("failure", failure)
                .append("payload", payload(record.value()))
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
        collection.find().sort(Sorts.descending("deadLetteredAt")).limit(limit).forEach(document -> letters.add(
                new DeadLetter(document.getString("_id"), document.getString("originalTopic"),
                        document.getString("key"), document.getString("eventType"), document.getString("eventId"),
                        document.getString("failure"), document.getString("payload"),
                        document.getDate("deadLetteredAt").toInstant())));
        return letters;
    }

    public long count() {
        return collection.countDocuments();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String payload(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(value, StandardCharsets.UTF_8);
        return text.length() > MAX_PAYLOAD ? text.substring(0, MAX_PAYLOAD) + "…" : text;
    }
}
