package uk.socialvalue.notification.delivery.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.socialvalue.support.domain.HmacKey;

/**
 * The addresses erased, and when: {@code {_id: digest, erasedAt}}, one small document per address read by
 * {@code _id}. The digest is an HMAC-SHA256 of the address under a key derived from the service's secret, so the
 * collection does not say whose addresses they were to someone holding a copy of the store alone; an address the
 * service is asked to email is found by its digest.
 */
final class ErasedRecipients {

    static final String COLLECTION = "erasedRecipients";
    private static final String ERASED_AT = "erasedAt";

    private final MongoCollection<Document> collection;
    private final HmacKey key;

    ErasedRecipients(MongoCollection<Document> collection, String secret) {
        this.collection = collection;
        // A key of its own, derived from the secret, for a purpose of its own.
        this.key = new HmacKey(secret).derived("svuk erased recipients v1");
    }

    /** Remembers that the (normalised) address was erased at {@code at}, keeping the latest such moment. */
    void erased(String address, Instant at) {
        collection.updateOne(Filters.eq("_id", digest(address)), Updates.max(ERASED_AT, Date.from(at)),
                new UpdateOptions().upsert(true));
    }

    /**
     * Those of the (normalised) addresses erased at or after {@code moment}, to the millisecond the store keeps, in
     * one read.
     */
    Set<String> erasedSince(Collection<String> addresses, Instant moment) {
        Map<String, String> byDigest = new HashMap<>();
        addresses.forEach(address -> byDigest.put(digest(address), address));
        Date since = Date.from(moment.truncatedTo(ChronoUnit.MILLIS));
        Set<String> erased = new HashSet<>();
        collection.find(Filters.in("_id", byDigest.keySet()))
                .forEach(found -> {
                    if (!found.getDate(ERASED_AT).before(since)) {
                        erased.add(byDigest.get(found.getString("_id")));
                    }
                });
        return erased;
    }

    private String digest(String address) {
        return key.signedText(address);
    }
}
