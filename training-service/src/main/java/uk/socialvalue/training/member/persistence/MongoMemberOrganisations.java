package uk.socialvalue.training.member.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.training.member.MemberOrganisation;
import uk.socialvalue.training.member.MemberOrganisations;

/**
 * The projection in the {@value #COLLECTION} collection. Each document keeps the organisation's version at the
 * state it holds; a state is applied by an upsert that matches only a document at an older version (or one
 * stored before versions were kept, as version -1).
 */
@Repository
class MongoMemberOrganisations implements MemberOrganisations {

    static final String COLLECTION = "member_organisations";

    private final MongoCollection<Document> collection;

    MongoMemberOrganisations(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public boolean storeIfNewer(MemberOrganisation state) {
        try {
            var result = collection.updateOne(
                    Filters.and(Filters.eq("_id", state.organisationId()), Filters.or(
                            Filters.lt("version", state.version()), Filters.exists("version", false))),
                    Updates.combine(Updates.set("name", state.name()), Updates.set("region", state.region()),
                            Updates.set("status", state.status().name()), Updates.set("version", state.version()),
                            Updates.set("updatedAt", Date.from(state.updatedAt()))),
                    new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the document exists with a state at least as new: the upsert tried to insert it again
            }
            throw e;
        }
    }

    @Override
    public Optional<MemberOrganisation> byId(String organisationId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", organisationId)).first())
                .map(document -> new MemberOrganisation(document.getString("_id"), document.getString("name"),
                        document.getString("region"), MembershipStatus.valueOf(document.getString("status")),
                        version(document), instant(document.getDate("updatedAt"))));
    }

    private static long version(Document document) {
        Number version = document.get("version", Number.class);
        return version == null ? -1 : version.longValue();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
