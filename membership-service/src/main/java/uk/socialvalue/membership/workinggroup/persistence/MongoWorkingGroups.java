package uk.socialvalue.membership.workinggroup.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.membership.workinggroup.WorkingGroup;
import uk.socialvalue.membership.workinggroup.WorkingGroups;

/** Working groups in the {@value #COLLECTION} collection, one document each. They publish no events. */
@Repository
class MongoWorkingGroups implements WorkingGroups {

    static final String COLLECTION = "workingGroups";

    private final MongoCollection<Document> collection;

    MongoWorkingGroups(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void add(WorkingGroup group) {
        collection.insertOne(toDocument(group).append("version", group.version()));
    }

    @Override
    public Optional<WorkingGroup> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoWorkingGroups::toDomain);
    }

    @Override
    public void save(WorkingGroup group) {
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", group.id()), Filters.eq("version", group.version())),
                Updates.combine(Updates.set("included", List.copyOf(group.included())),
                        Updates.set("excluded", List.copyOf(group.excluded())), Updates.inc("version", 1L)));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate(group.id());
        }
    }

    @Override
    public List<WorkingGroup> all() {
        return collection.find().sort(Sorts.ascending("name")).map(MongoWorkingGroups::toDomain)
                .into(new ArrayList<>());
    }

    private static Document toDocument(WorkingGroup group) {
        return new Document("_id", group.id())
                .append("name", group.name())
                .append("kind", group.kind().name())
                .append("region", group.region())
                .append("sector", group.sector() == null ? null : group.sector().name())
                .append("description", group.description())
                .append("createdAt", Date.from(group.createdAt()))
                .append("included", List.copyOf(group.included()))
                .append("excluded", List.copyOf(group.excluded()));
    }

    private static WorkingGroup toDomain(Document document) {
        String sector = document.getString("sector");
        return WorkingGroup.restore(document.getString("_id"), document.getString("name"),
                WorkingGroupKind.valueOf(document.getString("kind")), document.getString("region"),
                sector == null ? null : Sector.valueOf(sector), document.getString("description"),
                document.getDate("createdAt").toInstant(), document.getList("included", String.class, List.of()),
                document.getList("excluded", String.class, List.of()), ((Number) document.get("version")).longValue());
    }
}
