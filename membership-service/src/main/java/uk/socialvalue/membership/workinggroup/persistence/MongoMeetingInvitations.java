package uk.socialvalue.membership.workinggroup.persistence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.MeetingInvitations;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;

/**
 * Invitations in the {@value #COLLECTION} collection, one document each with its outbox, keyed by the
 * invitation id. Two unique indexes keep the rules and serve the hot paths on any MongoDB, the embedded store
 * included: {@code token} (an RSVP link finds its invitation by the hash of its token) and
 * {@code one_per_person} (a person is invited to a meeting once, however many instances issue at the same
 * time). Lists by meeting, organisation and person use {@code by_meeting}, {@code by_organisation} and
 * {@code by_person} on real MongoDB; the embedded store reads the collection for them, which only lists,
 * issuing and the membership changes do.
 */
@Repository
class MongoMeetingInvitations extends AggregateStore<Invitation> implements MeetingInvitations {

    static final String COLLECTION = "meetingInvitations";
    private static final String MEETING_ID = InvitationMapping.MEETING_ID;
    private static final String PERSON_ID = InvitationMapping.PERSON_ID;
    /** Where meetings stored before issue 13 kept their invitations. */
    private static final String EMBEDDED = "invitations";

    MongoMeetingInvitations(AggregateStores stores) {
        super(stores, COLLECTION, "Invitation", new InvitationMapping());
        MongoCollection<Document> collection = collection();
        collection.createIndex(Indexes.ascending(InvitationMapping.TOKEN_HASH),
                new IndexOptions().name("token").unique(true));
        collection.createIndex(Indexes.ascending(MEETING_ID, PERSON_ID),
                new IndexOptions().name("one_per_person").unique(true));
        collection.createIndex(Indexes.ascending(MEETING_ID, InvitationMapping.INVITED_AT),
                new IndexOptions().name("by_meeting"));
        collection.createIndex(Indexes.ascending(InvitationMapping.ORGANISATION_ID),
                new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending(PERSON_ID), new IndexOptions().name("by_person"));
        moveEmbeddedInvitations(stores.of(MongoMeetings.COLLECTION, "Meeting", new MeetingMapping()).collection());
    }

    /**
     * Moves the invitations a meeting document of an earlier version holds into this collection, once: each is
     * inserted (a duplicate means it moved already), then the array leaves the meeting.
     */
    private void moveEmbeddedInvitations(MongoCollection<Document> meetings) {
        for (Document meeting : meetings.find(Filters.exists(EMBEDDED)).projection(Projections.include(EMBEDDED))) {
            for (Document embedded : meeting.getList(EMBEDDED, Document.class, List.of())) {
                Document invitation = new Document(embedded);
                invitation.put("_id", invitation.remove("id"));
                invitation.put(MEETING_ID, meeting.get("_id"));
                invitation.put(VERSION, 0L);
                invitation.values().removeIf(value -> value == null);
                try {
                    collection().insertOne(invitation);
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                }
            }
            meetings.updateOne(Filters.eq("_id", meeting.get("_id")), Updates.unset(EMBEDDED));
        }
    }

    @Override
    public boolean addIfNew(Invitation invitation) {
        try {
            add(invitation);
            return true;
        } catch (DuplicateKey invitedAlready) {
            return false;
        }
    }

    @Override
    public Optional<Invitation> withTokenHash(String tokenHash) {
        return first(Filters.eq(InvitationMapping.TOKEN_HASH, tokenHash));
    }

    @Override
    public List<String> inviteesOf(String meetingId) {
        return collection().find(Filters.eq(MEETING_ID, meetingId)).projection(Projections.include(PERSON_ID))
                .map(document -> document.getString(PERSON_ID)).into(new ArrayList<>());
    }

    @Override
    public List<Invitation> ofMeeting(String meetingId, int page, int size) {
        return read(collection().find(Filters.eq(MEETING_ID, meetingId))
                .sort(Sorts.ascending(InvitationMapping.INVITED_AT, "_id")).skip(page * size).limit(size));
    }

    @Override
    public Map<InvitationStatus, Long> counts(String meetingId) {
        Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
        for (InvitationStatus status : InvitationStatus.values()) {
            counts.put(status, 0L);
        }
        collection().find(Filters.eq(MEETING_ID, meetingId)).projection(Projections.include("status"))
                .forEach(document -> counts.merge(InvitationStatus.valueOf(document.getString("status")), 1L,
                        Long::sum));
        return counts;
    }

    @Override
    public List<Invitation> ofOrganisation(String organisationId) {
        return read(collection().find(Filters.eq(InvitationMapping.ORGANISATION_ID, organisationId)));
    }

    @Override
    public List<Invitation> ofOrganisation(String organisationId, int page, int size) {
        return read(collection().find(Filters.eq(InvitationMapping.ORGANISATION_ID, organisationId))
                .sort(Sorts.orderBy(Sorts.descending(InvitationMapping.INVITED_AT), Sorts.ascending("_id")))
                .skip(page * size).limit(size));
    }

    @Override
    public List<Invitation> ofPerson(String personId) {
        return read(collection().find(Filters.eq(PERSON_ID, personId)));
    }
}
