package uk.socialvalue.membership.workinggroup.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.membership.workinggroup.Meetings;
import uk.socialvalue.support.outbox.Outbox;

/**
 * Meetings in the {@value #COLLECTION} collection, one document each holding its invitations and outbox, so
 * that issuing a hundred invitations and their hundred events is one atomic write. A meeting's invitations
 * number in the hundreds at most, well inside a document's 16 MB.
 */
@Repository
class MongoMeetings implements Meetings {

    static final String COLLECTION = "meetings";
    private static final String STARTS_AT = "startsAt";
    private static final String INVITATIONS = "invitations";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoMeetings(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending(INVITATIONS + ".tokenHash"), new IndexOptions().name("by_token"));
        collection.createIndex(Indexes.ascending(INVITATIONS + ".organisationId", STARTS_AT),
                new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending(INVITATIONS + ".personId", STARTS_AT),
                new IndexOptions().name("by_person"));
        collection.createIndex(Indexes.ascending("workingGroupId", STARTS_AT), new IndexOptions().name("by_group"));
    }

    @Override
    public void add(Meeting meeting) {
        collection.insertOne(toDocument(meeting).append("version", meeting.version())
                .append(Outbox.FIELD, outbox.entries(meeting.events())));
        outbox.published();
    }

    @Override
    public Optional<Meeting> byId(String id) {
        return first(Filters.eq("_id", id));
    }

    @Override
    public void save(Meeting meeting) {
        Document state = toDocument(meeting);
        state.remove("_id");
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.inc("version", 1L));
        if (!meeting.events().isEmpty()) {
            updates.add(outbox.append(meeting.events()));
        }
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", meeting.id()), Filters.eq("version", meeting.version())),
                Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate(meeting.id());
        }
        outbox.published();
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

    private Optional<Meeting> first(Bson filter) {
        return Optional.ofNullable(collection.find(filter).projection(Outbox.EXCLUDED).first())
                .map(MongoMeetings::toDomain);
    }

    private List<Meeting> find(Bson filter) {
        return collection.find(filter).projection(Outbox.EXCLUDED).sort(Sorts.ascending(STARTS_AT)).map(MongoMeetings::toDomain)
                .into(new ArrayList<>());
    }

    static Document toDocument(Meeting meeting) {
        return new Document("_id", meeting.id())
                .append("workingGroupId", meeting.workingGroupId())
                .append("workingGroupName", meeting.workingGroupName())
                .append("title", meeting.title())
                .append("agenda", meeting.agenda())
                .append(STARTS_AT, Date.from(meeting.startsAt()))
                .append("endsAt", Date.from(meeting.endsAt()))
                .append("venue", meeting.venue())
                .append("onlineUrl", meeting.onlineUrl())
                .append("scheduledAt", date(meeting.scheduledAt()))
                .append("invitationsIssuedAt", date(meeting.invitationsIssuedAt()))
                .append(INVITATIONS, meeting.invitations().stream().map(MongoMeetings::toDocument).toList());
    }

    static Meeting toDomain(Document document) {
        List<Invitation> invitations = document.getList(INVITATIONS, Document.class, List.of()).stream()
                .map(MongoMeetings::toInvitation).toList();
        return Meeting.restore(document.getString("_id"), document.getString("workingGroupId"),
                document.getString("workingGroupName"), document.getString("title"), document.getString("agenda"),
                instant(document.getDate(STARTS_AT)), instant(document.getDate("endsAt")),
                document.getString("venue"), document.getString("onlineUrl"),
                instant(document.getDate("scheduledAt")), instant(document.getDate("invitationsIssuedAt")),
                invitations, ((Number) document.get("version")).longValue());
    }

    /** The invitee's fields sit at the top of the invitation, so that queries can reach them simply. */
    private static Document toDocument(Invitation invitation) {
        Invitee invitee = invitation.invitee();
        return new Document("id", invitation.id())
                .append("personId", invitee.personId())
                .append("name", invitee.name())
                .append("email", invitee.email())
                .append("organisationId", invitee.organisationId())
                .append("organisationName", invitee.organisationName())
                .append("tokenHash", invitation.tokenHash())
                .append("status", invitation.status().name())
                .append("invitedAt", date(invitation.invitedAt()))
                .append("answeredAt", date(invitation.answeredAt()))
                .append("withdrawnAt", date(invitation.withdrawnAt()));
    }

    private static Invitation toInvitation(Document document) {
        var invitee = new Invitee(document.getString("personId"), document.getString("name"),
                document.getString("email"), document.getString("organisationId"),
                document.getString("organisationName"));
        return new Invitation(document.getString("id"), invitee, document.getString("tokenHash"),
                InvitationStatus.valueOf(document.getString("status")), instant(document.getDate("invitedAt")),
                instant(document.getDate("answeredAt")), instant(document.getDate("withdrawnAt")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
