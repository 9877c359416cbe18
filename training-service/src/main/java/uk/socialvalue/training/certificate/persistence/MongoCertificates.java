package uk.socialvalue.training.certificate.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.training.certificate.Certificate;
import uk.socialvalue.training.certificate.Certificates;

/**
 * Certificates in the {@value #COLLECTION} collection, one small document each, keyed by the verification code;
 * {@code holder} ({@code <bookingId>|<email>}) is a unique key too, so both the public check and the
 * organisation's download are keyed reads. A person's record reads by {@code email} (an index on real MongoDB;
 * the embedded store reads the collection, which holds one small document per attendance).
 */
@Repository
class MongoCertificates implements Certificates {

    static final String COLLECTION = "certificates";
    private static final String HOLDER = "holder";

    private final MongoCollection<Document> collection;

    MongoCertificates(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending(HOLDER), new IndexOptions().name("by_holder").unique(true));
        collection.createIndex(Indexes.ascending("email", "startsAt"), new IndexOptions().name("by_person"));
    }

    @Override
    public void issue(Certificate certificate) {
        collection.replaceOne(Filters.eq("_id", certificate.code()), toDocument(certificate),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void revoke(String code) {
        collection.deleteOne(Filters.eq("_id", code));
    }

    @Override
    public void eraseOf(String email) {
        collection.deleteMany(Filters.eq("email", email));
    }

    @Override
    public Optional<Certificate> byCode(String code) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", code)).first()).map(MongoCertificates::toCertificate);
    }

    @Override
    public Optional<Certificate> of(String bookingId, String email) {
        return Optional.ofNullable(collection.find(Filters.eq(HOLDER, holder(bookingId, email))).first())
                .map(MongoCertificates::toCertificate);
    }

    @Override
    public List<Certificate> ofPerson(String email) {
        return collection.find(Filters.eq("email", email)).sort(Sorts.ascending("startsAt"))
                .map(MongoCertificates::toCertificate).into(new ArrayList<>());
    }

    private static String holder(String bookingId, String email) {
        return bookingId + "|" + email;
    }

    private static Document toDocument(Certificate c) {
        return new Document("_id", c.code()).append(HOLDER, holder(c.bookingId(), c.email()))
                .append("bookingId", c.bookingId()).append("organisationId", c.organisationId())
                .append("sessionId", c.sessionId()).append("name", c.name()).append("email", c.email())
                .append("courseTitle", c.courseTitle()).append("courseCode", c.courseCode())
                .append("startsAt", Date.from(c.startsAt())).append("cpdHours", c.cpdHours().toPlainString())
                .append("issuedAt", Date.from(c.issuedAt()));
    }

    private static Certificate toCertificate(Document d) {
        return new Certificate(d.getString("_id"), d.getString("bookingId"), d.getString("organisationId"),
                d.getString("sessionId"), d.getString("name"), d.getString("email"), d.getString("courseTitle"),
                d.getString("courseCode"), d.getDate("startsAt").toInstant(), new BigDecimal(d.getString("cpdHours")),
                d.getDate("issuedAt").toInstant());
    }
}
