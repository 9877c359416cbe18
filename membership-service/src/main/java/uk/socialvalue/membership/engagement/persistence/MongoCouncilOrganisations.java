package uk.socialvalue.membership.engagement.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.engagement.CouncilOrganisations;

/** The {@value #COLLECTION} collection: {@code {_id: gssCode, organisationIds: [...]}}. */
@Repository
class MongoCouncilOrganisations implements CouncilOrganisations {

    static final String COLLECTION = "engagementCouncils";
    private static final String ORGANISATIONS = "organisationIds";

    private final MongoCollection<Document> collection;

    MongoCouncilOrganisations(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /**
     * One atomic upsert, with no version to lose a race over, so not a change for the service's {@code Retry}.
     * Two first links of one council may both try to insert: the one that fails with a duplicate key finds the
     * document there the second time, so a single repeat, as an update, is bound to succeed.
     */
    @Override
    public void link(String gssCode, String organisationId) {
        try {
            upsert(gssCode, organisationId);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            upsert(gssCode, organisationId);
        }
    }

    @Override
    public Map<String, List<String>> organisationsOf(Collection<String> gssCodes) {
        Map<String, List<String>> links = new HashMap<>();
        if (gssCodes.isEmpty()) {
            return links;
        }
        collection.find(Filters.in("_id", gssCodes)).forEach(document -> links.put(document.getString("_id"),
                List.copyOf(document.getList(ORGANISATIONS, String.class, List.of()))));
        return links;
    }

    private void upsert(String gssCode, String organisationId) {
        collection.updateOne(Filters.eq("_id", gssCode), Updates.addToSet(ORGANISATIONS, organisationId),
                new UpdateOptions().upsert(true));
    }
}
