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
 * The projection in the {@value #COLLECTION} collection. Each document keeps the time of the event that set
 * it as epoch nanoseconds ({@code eventNanos}: a BSON date holds only milliseconds, and two membership
 * events can fall within one); an event is applied by an upsert that matches only an older document.
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
        long nanos = epochNanos(state.updatedAt());
        try {
            var result = collection.updateOne(
                    Filters.and(Filters.eq("_id", state.organisationId()), Filters.lt("eventNanos", nanos)),
                    Updates.combine(Updates.set("name", state.name()), Updates.set("region", state.region()),
                            Updates.set("status", state.status().name()), Updates.set("eventNanos", nanos),
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
                        instant(document.getLong("eventNanos"))));
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
