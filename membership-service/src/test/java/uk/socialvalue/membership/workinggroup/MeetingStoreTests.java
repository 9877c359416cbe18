package uk.socialvalue.membership.workinggroup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings and their invitations as the embedded store holds them. */
@MembershipIntegrationTest
class MeetingStoreTests {

    static final RsvpLinks LINKS = new RsvpLinks("https://members.example/", TestLinkKeys.get()::seal);

    /**
     * The first Accept and the first Decline link sealed for real and reused for every later invitation, so each
     * invitation holds links of the real sealed length: 10,000 RSA encryptions are RsvpLinks' work, not the
     * store's, and took about half of the test below. Each invitation's token, and so its hash, is its own.
     */
    private static final Map<String, String> SEALED_BY_ANSWER = new ConcurrentHashMap<>();
    private static final RsvpLinks SEALED_ONCE = new RsvpLinks("https://members.example/", link -> SEALED_BY_ANSWER
            .computeIfAbsent(link.substring(link.indexOf('?')), answer -> TestLinkKeys.get().seal(link)));

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingInvitations invitations;

    @Autowired
    MongoDatabase database;

    /**
     * Issue 13's size budget: a meeting with a 10,000-character agenda and 5,000 invitees stays far within 1 MB
     * (real MongoDB refuses documents over 16 MB), and so does each invitation with its event; answering one
     * of them still finds it by its token.
     */
    @Test
    void staysWithinOneMegabyteWithFiveThousandInviteesAndALongAgenda() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        WorkingGroup group = WorkingGroupTests.regional("North West");
        MeetingPlan plan = new MeetingPlan("Social value in adult social care", "Agenda item. ".repeat(770)
                .substring(0, 10_000), now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)).plusSeconds(7200),
                "Salford Civic Centre", null);
        Meeting meeting = Meeting.schedule(UUID.randomUUID().toString(), group, plan, now);
        meetings.add(meeting);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Invitee invitee = new Invitee("person-" + i, "Contact " + i, "contact" + i + "@council" + i / 10
                    + ".example", "org-" + i / 10, "Council " + i / 10);
            Invitation invitation = Invitation.issue(meeting, invitee, SEALED_ONCE, now);
            assertThat(invitations.addIfNew(invitation)).isTrue();
            ids.add(invitation.id());
        }
        Invitation again = Invitation.issue(meeting, new Invitee("person-7", "Contact 7", "contact7@council0.example",
                "org-0", "Council 0"), LINKS, now);

        assertThat(invitations.addIfNew(again)).as("one invitation per person per meeting").isFalse();
        assertThat(invitations.counts(meeting.id())).containsEntry(InvitationStatus.PENDING, 5_000L);
        assertThat(sizeOf("meetings", meeting.id())).as("the plan (and its event), not the invitations")
                .isLessThan(1024 * 1024).isLessThan(32 * 1024);
        assertThat(ids).allSatisfy(id -> assertThat(sizeOf("meetingInvitations", id)).isLessThan(1024 * 1024));

        // The sizes above include each invitation's event, still in its outbox. Publishing 5,000 events of 10 KB
        // is not this test's subject, and would keep the relay, shared with every test of this context, busy
        // for half a minute: they leave the outbox here.
        database.getCollection("meetingInvitations").updateMany(Filters.eq("meetingId", meeting.id()),
                Updates.unset(Outbox.FIELD));

        Invitation last = invitations.byId(ids.get(ids.size() - 1)).orElseThrow();
        Invitation found = invitations.withTokenHash(last.tokenHash()).orElseThrow();
        found.answer(meeting, RsvpAnswer.ACCEPTED, now);
        invitations.save(found);
        assertThat(invitations.byId(last.id()).orElseThrow().status()).isEqualTo(InvitationStatus.ACCEPTED);

        // Nobody needs these 5,000 invitation events on the topic: left in their outboxes, the shared context's
        // relay spends half a minute publishing them, and the next test's emails wait behind them.
        database.getCollection("meetingInvitations").deleteMany(Filters.eq("meetingId", meeting.id()));
    }

    private int sizeOf(String collection, String id) {
        Document document = database.getCollection(collection).find(Filters.eq("_id", id)).first();
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }
}
