package uk.socialvalue.membership.account.persistence;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.account.Staff;
import uk.socialvalue.membership.account.StaffRoster;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;

/** The staff roster: one document in {@code staff}, changed by versioned saves. */
@Repository
class MongoStaffRoster extends AggregateStore<Staff> implements StaffRoster {

    MongoStaffRoster(AggregateStores stores) {
        super(stores, "staff", "Staff roster", new AggregateMapping<>() {
            @Override
            public Document toDocument(Staff staff) {
                return new Document("_id", staff.id()).append("members", List.copyOf(staff.members()));
            }

            @Override
            public Staff toAggregate(Document document, long version) {
                return new Staff(Set.copyOf(document.getList("members", String.class, List.of())), version);
            }
        });
    }
}
