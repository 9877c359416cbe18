package uk.socialvalue.membership.workinggroup.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

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
 * Meetings in the {@value #COLLECTION} collection, one document each holding its invitations and outbox (as
 * {@link MeetingMapping} writes it), so that issuing a hundred invitations and their hundred events is one
 * atomic write. A meeting's invitations number in the hundreds at most, well inside a document's 16 MB.
 */
@Repository
class MongoMeetings extends AggregateStore<Meeting> implements Meetings {

    static final String COLLECTION = "meetings";
    private static final String STARTS_AT = MeetingMapping.STARTS_AT;
    private static final String INVITATIONS = MeetingMapping.INVITATIONS;

    private final MongoCollection<Document> collection;

    MongoMeetings(AggregateStores stores) {
        super(stores, COLLECTION, "Meeting", new MeetingMapping());
        this.collection = collection();
        collection.createIndex(Indexes.ascending(INVITATIONS + ".tokenHash"), new IndexOptions().name("by_token"));
        collection.createIndex(Indexes.ascending(INVITATIONS + ".organisationId", STARTS_AT),
                new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending(INVITATIONS + ".personId", STARTS_AT),
                new IndexOptions().name("by_person"));
        collection.createIndex(Indexes.ascending("workingGroupId", STARTS_AT), new IndexOptions().name("by_group"));
    }

    @Override
    public Optional<Meeting> withTokenHash(String tokenHash) {
        return first(Filters.eq(INVITATIONS + ".tokenHash", tokenHash));
    }

    @Override
    public List<Meeting> ofWorkingGroup(String workingGroupId) {
        return find(Filters.eq("workingGroupId", workingGroupId));
    }

    @Override
    public List<Meeting> upcomingWithInvitationsIssued(Instant now) {
        return find(Filters.and(Filters.gt(STARTS_AT, Date.from(now)), Filters.ne("invitationsIssuedAt", null)));
    }

    @Override
    public List<Meeting> upcomingInvitingOrganisation(String organisationId, Instant now) {
        return find(Filters.and(Filters.eq(INVITATIONS + ".organisationId", organisationId),
                Filters.gt(STARTS_AT, Date.from(now))));
    }

    @Override
    public List<Meeting> upcomingInvitingPerson(String personId, Instant now) {
        return find(Filters.and(Filters.eq(INVITATIONS + ".personId", personId),
                Filters.gt(STARTS_AT, Date.from(now))));
    }

    @Override
    public List<Meeting> invitingOrganisation(String organisationId) {
        return find(Filters.eq(INVITATIONS + ".organisationId", organisationId));
    }

    @Override
    public List<Meeting> invitingPerson(String personId) {
        return find(Filters.eq(INVITATIONS + ".personId", personId));
    }

    private List<Meeting> find(Bson filter) {
        return read(collection.find(filter).sort(Sorts.ascending(STARTS_AT)));
    }
}
