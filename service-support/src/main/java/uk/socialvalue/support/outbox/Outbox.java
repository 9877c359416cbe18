package uk.socialvalue.support.outbox;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;

/**
 * The transactional outbox, without transactions: the events a state change causes are written into the
 * aggregate's own document, in the same single-document write as the change, under {@value #FIELD}. The
 * {@link OutboxRelay} publishes them and only then removes them.
 * <p>
 * Repositories of aggregates that publish events use {@link #entries} when they insert a document and
 * {@link #append} in the update that changes it; they never touch the field otherwise.
 */
public class Outbox {

    /** The field of an aggregate document that holds its unpublished events, oldest first. */
    public static final String FIELD = "outbox";

    /**
     * The projection to load an aggregate with: everything but its outbox, which only the relay reads. It
     * also matters for correctness on the embedded store: mongo-java-server serialises a document read
     * without a projection after releasing its lock, so a concurrent update can make the read half old,
     * half new (version from after, fields from before), and an optimistic save of that would lose the
     * other write. With a projection it copies the document under the lock. Real MongoDB never tears a read.
     */
    public static final Bson EXCLUDED = Projections.exclude(FIELD);

    private final EventCodec codec;
    private final OutboxRelay relay;

    public Outbox(EventCodec codec, OutboxRelay relay) {
        this.codec = codec;
        this.relay = relay;
    }

    /** The outbox entries for a new document. */
    public List<Document> entries(Collection<? extends IntegrationEvent> events) {
        return events.stream().map(event -> toDocument(OutgoingEvent.of(event, codec))).toList();
    }

    /** The update operator that adds events to an existing document's outbox. */
    public Bson append(Collection<? extends IntegrationEvent> events) {
        return Updates.pushEach(FIELD, entries(events));
    }

    /**
     * Asks the relay to publish the events just written to this aggregate's outbox now, rather than at its next
     * look at every outbox; call after the write.
     */
    public void published(String collection, Object id) {
        relay.nudge(collection, id);
    }

    static Document toDocument(OutgoingEvent event) {
        return new Document("eventId", event.eventId())
                .append("typeId", event.typeId())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("payload", event.payload())
                // When it was written, by the wall clock: how long it has waited, whatever the business clock says.
                .append("storedAt", new Date());
    }

    static OutgoingEvent fromDocument(Document entry) {
        return new OutgoingEvent(entry.getString("eventId"), entry.getString("typeId"), entry.getString("topic"),
                entry.getString("key"), entry.getDate("occurredAt").toInstant(), entry.getString("payload"));
    }
}
