package uk.socialvalue.membership.workinggroup.persistence;

import java.util.List;

import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.membership.workinggroup.WorkingGroup;
import uk.socialvalue.membership.workinggroup.WorkingGroups;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;

/** Working groups in the {@value #COLLECTION} collection, one document each. They publish no events. */
@Repository
class MongoWorkingGroups extends AggregateStore<WorkingGroup> implements WorkingGroups {

    static final String COLLECTION = "workingGroups";

    MongoWorkingGroups(AggregateStores stores) {
        super(stores, COLLECTION, "Working group", new WorkingGroupMapping());
    }

    @Override
    public List<WorkingGroup> all() {
        return read(collection().find().sort(Sorts.ascending("name")));
    }

    /** A working group as one document: who it gathers, and whom an admin added or left out by hand. */
    static final class WorkingGroupMapping implements AggregateMapping<WorkingGroup> {

        @Override
        public Document toDocument(WorkingGroup group) {
            return new Document("_id", group.id())
                    .append("name", group.name())
                    .append("kind", group.kind().name())
                    .append("region", group.region())
                    .append("sector", group.sector() == null ? null : group.sector().name())
                    .append("description", group.description())
                    .append("createdAt", date(group.createdAt()))
                    .append("included", List.copyOf(group.included()))
                    .append("excluded", List.copyOf(group.excluded()));
        }

        @Override
        public WorkingGroup toAggregate(Document document, long version) {
            String sector = document.getString("sector");
            return WorkingGroup.restore(document.getString("_id"), document.getString("name"),
                    WorkingGroupKind.valueOf(document.getString("kind")), document.getString("region"),
                    sector == null ? null : Sector.valueOf(sector), document.getString("description"),
                    instant(document.getDate("createdAt")), document.getList("included", String.class, List.of()),
                    document.getList("excluded", String.class, List.of()), version);
        }
    }
}
