package uk.socialvalue.membership.workinggroup.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.support.aggregate.AggregateStores;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting stored before issue 13 held its invitations: they move to a collection of their own, once. */
@MembershipIntegrationTest
class EmbeddedInvitationsMoveTests {

    @Autowired
    AggregateStores stores;

    @Autowired
    MongoDatabase database;

    @Test
    void movesTheInvitationsOfAnEarlierMeetingDocumentOutOnceKeepingTheirTokensAndAnswers() {
        String meetingId = UUID.randomUUID().toString();
        String invitationId = UUID.randomUUID().toString();
        String tokenHash = "hash-" + invitationId;
        Date invitedAt = Date.from(Instant.parse("2026-02-02T10:00:00Z"));
        database.getCollection(MongoMeetings.COLLECTION).insertOne(new Document("_id", meetingId)
                .append("workingGroupId", "group-1").append("workingGroupName", "North West councils")
                .append("title", "Social value in adult social care").append("startsAt", invitedAt)
                .append("endsAt", invitedAt).append("venue", "Salford Civic Centre").append("version", 3L)
                .append("invitations", List.of(new Document("id", invitationId).append("personId", "p-ada")
                        .append("name", "Ada").append("email", "ada@salford.example")
                        .append("organisationId", "salford").append("organisationName", "Salford")
                        .append("tokenHash", tokenHash).append("status", "ACCEPTED").append("invitedAt", invitedAt)
                        .append("answeredAt", invitedAt).append("withdrawnAt", null))));

        MongoMeetingInvitations invitations = new MongoMeetingInvitations(stores);
        new MongoMeetingInvitations(stores); // a second start finds nothing left to move

        Invitation moved = invitations.withTokenHash(tokenHash).orElseThrow();
        assertThat(moved.id()).isEqualTo(invitationId);
        assertThat(moved.meetingId()).isEqualTo(meetingId);
        assertThat(moved.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(moved.invitee().email()).isEqualTo("ada@salford.example");
        assertThat(invitations.inviteesOf(meetingId)).containsExactly("p-ada");
        assertThat(database.getCollection(MongoMeetings.COLLECTION).find(Filters.eq("_id", meetingId)).first())
                .doesNotContainKey("invitations");
    }
}
