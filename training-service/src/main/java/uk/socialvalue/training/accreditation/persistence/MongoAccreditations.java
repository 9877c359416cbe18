package uk.socialvalue.training.accreditation.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.training.accreditation.Accreditation;
import uk.socialvalue.training.accreditation.Accreditations;

/**
 * The levels people hold in the {@value #COLLECTION} collection, keyed {@code <trackId>|<level>|<email>}, each
 * with the events it announces in its outbox. A person's levels read by {@code email}, and the reminder job by
 * {@code reminded} and {@code expiresOn} (indexes on real MongoDB; the embedded store reads the collection,
 * one small document per person and level).
 */
@Repository
class MongoAccreditations extends AggregateStore<Accreditation> implements Accreditations {

    static final String COLLECTION = "accreditations";

    MongoAccreditations(AggregateStores stores) {
        super(stores, COLLECTION, Accreditation.NAME, new Mapping());
        collection().createIndex(Indexes.ascending("email"), new IndexOptions().name("by_person"));
        collection().createIndex(Indexes.ascending("reminded", "expiresOn"), new IndexOptions().name("reminders_due"));
    }

    @Override
    public boolean addIfNew(Accreditation accreditation) {
        try {
            add(accreditation);
            return true;
        } catch (DuplicateKey e) {
            return false;
        }
    }

    @Override
    public List<Accreditation> ofPerson(String email) {
        return read(collection().find(Filters.eq("email", email)));
    }

    @Override
    public List<Accreditation> unremindedExpiringBetween(LocalDate from, LocalDate to, int limit) {
        return read(collection().find(Filters.and(Filters.eq("reminded", false),
                Filters.gte("expiresOn", from.toString()), Filters.lte("expiresOn", to.toString()))).limit(limit));
    }

    static final class Mapping implements AggregateMapping<Accreditation> {

        @Override
        public Document toDocument(Accreditation a) {
            return new Document("_id", a.id()).append("trackId", a.trackId()).append("trackName", a.trackName())
                    .append("level", a.level()).append("levels", a.levels()).append("levelTitle", a.levelTitle())
                    .append("name", a.person().name()).append("email", a.person().email())
                    .append("organisationId", a.organisationId())
                    // ISO dates compare in order as strings
                    .append("completedOn", a.completedOn().toString()).append("expiresOn", a.expiresOn().toString())
                    // what the reminder job reads: no reminder is owed once sent, or for a withdrawn level
                    .append("reminded", a.remindedAt() != null || a.isWithdrawn())
                    .append("remindedAt", a.remindedAt() == null ? null : Date.from(a.remindedAt()))
                    .append("withdrawnAt", a.withdrawnAt() == null ? null : Date.from(a.withdrawnAt()));
        }

        @Override
        public Accreditation toAggregate(Document d, long version) {
            return Accreditation.restore(d.getString("trackId"), d.getString("trackName"), d.getInteger("level"),
                    d.getInteger("levels"), d.getString("levelTitle"),
                    new Attendee(d.getString("name"), d.getString("email")), d.getString("organisationId"),
                    LocalDate.parse(d.getString("completedOn")), LocalDate.parse(d.getString("expiresOn")),
                    d.getDate("remindedAt") == null ? null : d.getDate("remindedAt").toInstant(),
                    d.getDate("withdrawnAt") == null ? null : d.getDate("withdrawnAt").toInstant(), version);
        }
    }
}
