package uk.socialvalue.notification.delivery.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The addresses erased, and when: {@code {_id: digest, erasedAt}}, one small document per address read by
 * {@code _id}. The digest is an HMAC-SHA256 of the address under a key derived from the service's secret, so the
 * collection does not say whose addresses they were to someone holding a copy of the store alone; an address the
 * service is asked to email is found by its digest.
 */
final class ErasedRecipients {

    static final String COLLECTION = "erasedRecipients";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String ERASED_AT = "erasedAt";

    private final MongoCollection<Document> collection;
    private final SecretKeySpec key;

    ErasedRecipients(MongoCollection<Document> collection, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The secret erased addresses are digested with must not be empty");
        }
        this.collection = collection;
        // A key of its own, derived from the secret, for a purpose of its own.
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "svuk erased recipients v1"), ALGORITHM);
    }

    /** Remembers that the (normalised) address was erased at {@code at}, keeping the latest such moment. */
    void erased(String address, Instant at) {
        collection.updateOne(Filters.eq("_id", digest(address)), Updates.max(ERASED_AT, Date.from(at)),
                new UpdateOptions().upsert(true));
    }

    /** Whether the (normalised) address was erased at or after {@code moment}, to the millisecond the store keeps. */
    boolean erasedSince(String address, Instant moment) {
        Document erased = collection.find(Filters.eq("_id", digest(address))).first();
        return erased != null
                && !erased.getDate(ERASED_AT).toInstant().isBefore(moment.truncatedTo(ChronoUnit.MILLIS));
    }

    private String digest(String address) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, address));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
