package uk.socialvalue.membership.workinggroup.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.membership.workinggroup.Meetings;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;

/**
 * Meetings in the {@value #COLLECTION} collection, one small document each with its outbox: its plan and
 * whether its invitations went out. The invitations are in {@link MongoMeetingInvitations}.
 */
@Repository
class MongoMeetings extends AggregateStore<Meeting> implements Meetings {

    static final String COLLECTION = "meetings";
    private static final String STARTS_AT = MeetingMapping.STARTS_AT;

    private final MongoCollection<Document> collection;

    MongoMeetings(AggregateStores stores) {
        super(stores, COLLECTION, "Meeting", new MeetingMapping());
        this.collection = collection();
        collection.createIndex(Indexes.ascending("workingGroupId", STARTS_AT), new IndexOptions().name("by_group"));
    }

    @Override
    public List<Meeting> ofWorkingGroup(String workingGroupId, int page, int size) {
        return read(collection.find(Filters.eq("workingGroupId", workingGroupId))
                .sort(Sorts.ascending(STARTS_AT, "_id")).skip(page * size).limit(size));
    }

    @Override
    public List<Meeting> upcomingWithInvitationsIssued(Instant now) {
        return find(Filters.and(Filters.gt(STARTS_AT, Date.from(now)), Filters.ne("invitationsIssuedAt", null)));
    }

    private List<Meeting> find(Bson filter) {
        return read(collection.find(filter).sort(Sorts.ascending(STARTS_AT)));
    }
}
