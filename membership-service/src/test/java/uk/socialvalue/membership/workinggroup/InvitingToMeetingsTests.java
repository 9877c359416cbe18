package uk.socialvalue.membership.workinggroup;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.workinggroup.MeetingCancelled;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.MeetingRescheduled;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationCancelled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issuing invitations, answering them by link, keeping them in step with memberships, and meetings changed or
 * cancelled after they went out, through HTTP and Kafka.
 */
@MembershipIntegrationTest
class InvitingToMeetingsTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingInvitations invitations;

    WorkingGroupApi groups;
    String admin;
    KafkaTestConsumer published;

    @BeforeEach
    void setUp() {
        groups = new WorkingGroupApi(port);
        admin = new Members(port, kafka, codec).adminToken();
        published = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_WORKING_GROUPS));
    }

    @AfterEach
    void tearDown() {
        published.close();
    }

    @Test
    void issuesOneInvitationPerEligibleContactAndInvitesOnlyNewcomersWhenIssuedAgain() {
        var halton = groups.approvedCouncil(admin, "E06000006");
        var warrington = groups.approvedCouncil(admin, "E06000007");
        String blackburn = groups.applied("E06000008", "officer-" + WorkingGroupApi.unique() + "@blackburn.example");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));

        int invited = groups.issue(admin, meeting);

        JsonNode list = groups.invitations(admin, meeting);
        assertThat(list.get("items").size()).as("invited counts everyone in the region").isEqualTo(invited);
        assertThat(list.at("/counts/PENDING").asInt()).isEqualTo(invited);
        assertThat(list.at("/counts/ACCEPTED").asInt()).isZero();
        assertThat(list.at("/counts/DECLINED").asInt()).isZero();
        assertThat(list.at("/counts/WITHDRAWN").asInt()).isZero();
        List<JsonNode> ours = groups.invitationsOf(admin, meeting,
                List.of(halton.organisationId(), warrington.organisationId(), blackburn));
        assertThat(ours).as("not the council still waiting for approval")
                .extracting(item -> item.get("email").asString(), item -> item.get("status").asString(),
                        item -> item.get("organisationName").asString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(halton.email(), "PENDING", "Halton"),
                        org.assertj.core.groups.Tuple.tuple(warrington.email(), "PENDING", "Warrington"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                published.records(ofMeeting(meeting, "WorkingGroupInvitationIssued"))).hasSize(invited));
        List<WorkingGroupInvitationIssued> issued = decoded(ofMeeting(meeting, "WorkingGroupInvitationIssued"),
                WorkingGroupInvitationIssued.class);
        assertThat(issued).extracting(event -> event.invitee().email())
                .contains(halton.email(), warrington.email()).doesNotHaveDuplicates();
        assertThat(issued).allSatisfy(event -> {
            assertThat(event.meeting().title()).isEqualTo("Social value in adult social care procurement");
            assertThat(TestLinkKeys.get().open(event.sealedAcceptUrl()))
                    .matches("http://localhost:8080/rsvp/[A-Za-z0-9_-]{43}\\?answer=ACCEPTED");
        });

        assertThat(groups.issue(admin, meeting)).isZero();
        assertThat(groups.invitations(admin, meeting).get("items").size()).isEqualTo(invited);
    }

    @Test
    void openingTheLinkChangesNothingAndOnlyPressingAButtonAnswers() {
        var stHelens = groups.approvedCouncil(admin, "E08000013");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        WorkingGroupInvitationIssued invitation = issuedTo(meeting, stHelens.email());
        String token = MeetingTests.tokenOf(invitation.sealedAcceptUrl());

        var page = groups.open("/rsvp/" + token + "?answer=ACCEPTED");
        var byQuery = groups.open("/rsvp?token=" + token + "&answer=DECLINED");
        var plain = groups.open("/rsvp/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Social value in adult social care procurement", "(UK time)",
                "Salford Civic Centre", "Press Accept to confirm", "value=\"ACCEPTED\"", "value=\"DECLINED\"");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.body()).as("the portal's look").contains("href=\"/assets/svuk-pages.css\"");
        assertThat(groups.open("/assets/svuk-pages.css").status()).isEqualTo(200);
        assertThat(byQuery.status()).isEqualTo(200);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body()).doesNotContain("Press Accept to confirm");
        assertThat(statusOf(meeting, stHelens.email())).isEqualTo("PENDING");

        Response accepted = groups.api().post("/api/invitations/" + token + "/response",
                Map.of("answer", "ACCEPTED"), null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("/status")).isEqualTo("ACCEPTED");
        assertThat(statusOf(meeting, stHelens.email())).isEqualTo("ACCEPTED");

        var declined = groups.submit("/rsvp/" + token, "answer=DECLINED");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body()).contains("You have declined");
        JsonNode item = groups.invitationsOf(admin, meeting, List.of(stHelens.organisationId())).get(0);
        assertThat(item.get("status").asString()).isEqualTo("DECLINED");
        assertThat(item.get("answeredAt").isNull()).isFalse();

        Predicate<ConsumerRecord<String, byte[]>> answers = ofMeeting(meeting, "WorkingGroupInvitationAnswered");
        await().atMost(Duration.ofSeconds(30)).until(() -> published.records(answers).size() >= 2);
        assertThat(decoded(answers, WorkingGroupInvitationAnswered.class))
                .as("one event per button pressed, none for opening the page")
                .extracting(WorkingGroupInvitationAnswered::answer)
                .containsExactly(RsvpAnswer.ACCEPTED, RsvpAnswer.DECLINED);
    }

    @Test
    void readsAnInvitationByItsTokenWithoutSignInAndWithoutAnsweringIt() {
        var burnley = groups.approvedCouncil(admin, "E07000117");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        String token = MeetingTests.tokenOf(issuedTo(meeting, burnley.email()).sealedAcceptUrl());

        Response read = groups.api().get("/api/invitations/" + token, null);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.text("/status")).isEqualTo("PENDING");
        assertThat(read.json().get("answerable").asBoolean()).isTrue();
        assertThat(read.json().get("started").asBoolean()).isFalse();
        assertThat(read.text("/meeting/title")).isEqualTo("Social value in adult social care procurement");
        assertThat(read.text("/meeting/meetingId")).isEqualTo(meeting);
        assertThat(read.json().get("name").asString()).isNotBlank();
        assertThat(statusOf(meeting, burnley.email())).as("reading is not answering").isEqualTo("PENDING");
        assertThat(groups.api().get("/api/invitations/" + "B".repeat(43), null).status()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenOrAnswerIsRefused() {
        String guess = "A".repeat(43);

        assertThat(groups.api().post("/api/invitations/" + guess + "/response", Map.of("answer", "ACCEPTED"), null)
                .status()).isEqualTo(404);
        assertThat(groups.open("/rsvp/" + guess).status()).isEqualTo(404);
        assertThat(groups.open("/rsvp").status()).isEqualTo(404);
        assertThat(groups.submit("/rsvp/" + guess, "answer=ACCEPTED").status()).isEqualTo(404);
        Response maybe = groups.api().post("/api/invitations/" + guess + "/response", Map.of("answer", "MAYBE"), null);
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.text("/errors/0/field")).isEqualTo("answer");
    }

    @Test
    void aCouncilApprovedLaterIsInvitedOnceEvenIfTheNewsArrivesTwiceAndWithdrawnWhenCancelled() {
        var sefton = groups.approvedCouncil(admin, "E08000014");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);

        var wirral = groups.approvedCouncil(admin, "E08000015");

        WorkingGroupInvitationIssued late = issuedTo(meeting, wirral.email());
        assertThat(late.invitee().organisationName()).isEqualTo("Wirral");
        assertThat(statusOf(meeting, wirral.email())).isEqualTo("PENDING");

        redeliverActivationOf(wirral.organisationId());
        Response cancelled = groups.api().post("/api/organisations/" + wirral.organisationId() + "/cancellation",
                Map.of("reason", "Left SVUK"), admin);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        // the redelivery is on the same partition as the cancellation, before it: once this holds, both were handled
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(statusOf(meeting, wirral.email())));
        assertThat(groups.invitationsOf(admin, meeting, List.of(wirral.organisationId()))).hasSize(1);
        assertThat(statusOf(meeting, sefton.email())).isEqualTo("PENDING");
        Predicate<ConsumerRecord<String, byte[]>> withdrawals = ofMeeting(meeting, "WorkingGroupInvitationWithdrawn");
        await().atMost(Duration.ofSeconds(30)).until(() -> !published.records(withdrawals).isEmpty());
        assertThat(decoded(withdrawals, WorkingGroupInvitationWithdrawn.class)).singleElement().satisfies(event -> {
            assertThat(event.invitationId()).isEqualTo(late.invitationId());
            assertThat(event.reason()).isEqualTo("The organisation's membership was cancelled");
        });
        assertThat(decoded(ofMeeting(meeting, "WorkingGroupInvitationIssued"), WorkingGroupInvitationIssued.class))
                .filteredOn(event -> event.invitee().email().equals(wirral.email())).hasSize(1);

        Response answer = groups.api().post("/api/invitations/" + MeetingTests.tokenOf(late.sealedAcceptUrl())
                + "/response", Map.of("answer", "ACCEPTED"), null);
        assertThat(answer.status()).as("a withdrawn invitation cannot be answered").isEqualTo(409);
    }

    @Test
    void aContactAddedLaterIsInvitedAndAContactWhoLeavesHasTheirInvitationWithdrawn() {
        var blackpool = groups.approvedCouncil(admin, "E06000009");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        String newcomer = "newcomer-" + WorkingGroupApi.unique() + "@blackpool.example";

        Response added = groups.api().post("/api/organisations/" + blackpool.organisationId() + "/contacts",
                Map.of("name", "Nia Newcomer", "email", newcomer, "jobTitle", "Commissioning officer"), admin);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        WorkingGroupInvitationIssued invitation = issuedTo(meeting, newcomer);
        assertThat(invitation.invitee().name()).isEqualTo("Nia Newcomer");

        Response removed = groups.api().delete("/api/organisations/" + blackpool.organisationId() + "/contacts/"
                + invitation.invitee().personId(), admin);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(statusOf(meeting, newcomer)));
        assertThat(statusOf(meeting, blackpool.email())).isEqualTo("PENDING");
    }

    @Test
    void movesAMeetingAndSendsTheChangeToEveryoneInvitedWhoHasNotDeclined() {
        var fylde = groups.approvedCouncil(admin, "E07000119");
        String colleague = "colleague-" + WorkingGroupApi.unique() + "@council.example";
        Response added = groups.api().post("/api/organisations/" + fylde.organisationId() + "/contacts",
                Map.of("name", "Colleague Officer", "email", colleague, "jobTitle", "Buyer"), admin);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        Response declined = groups.api().post("/api/invitations/" + MeetingTests.tokenOf(issuedTo(meeting, colleague)
                .sealedDeclineUrl()) + "/response", Map.of("answer", "DECLINED"), null);
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        Instant oldStart = Instant.parse(groups.api().get("/api/meetings/" + meeting, admin).text("/startsAt"));
        Instant newStart = oldStart.plus(1, ChronoUnit.DAYS);

        Response moved = groups.api().patch("/api/meetings/" + meeting,
                Map.of("startsAt", newStart.toString(), "venue", "Fylde Town Hall"), admin);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Instant.parse(moved.text("/startsAt"))).isEqualTo(newStart);
        assertThat(Instant.parse(moved.text("/endsAt"))).isEqualTo(newStart.plus(2, ChronoUnit.HOURS));
        assertThat(moved.text("/venue")).isEqualTo("Fylde Town Hall");
        var rescheduled = (MeetingRescheduled) codec.decode(published.awaitRecord(ofMeeting(meeting,
                "MeetingRescheduled"))).orElseThrow();
        assertThat(rescheduled.previous().startsAt()).isEqualTo(oldStart);
        var updated = (WorkingGroupInvitationUpdated) codec.decode(published.awaitRecord(ofMeeting(meeting,
                "WorkingGroupInvitationUpdated").and(to(fylde.email())))).orElseThrow();
        assertThat(updated.meeting().venue()).isEqualTo("Fylde Town Hall");
        assertThat(updated.previous().venue()).isEqualTo("Salford Civic Centre");
        assertThat(updated.accepted()).isFalse();
        assertThat(issuedTo(meeting, fylde.email()).meeting().calendarSequence()).isZero();
        assertThat(updated.meeting().calendarSequence()).as("the calendar entry's SEQUENCE + 1").isEqualTo(1);
        assertThat(groups.api().patch("/api/meetings/" + meeting, Map.of("title", "Social value in leisure"), admin)
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(published.records(ofMeeting(meeting,
                "WorkingGroupInvitationUpdated").and(to(fylde.email()))).stream().map(record ->
                        ((WorkingGroupInvitationUpdated) codec.decode(record).orElseThrow()).meeting().calendarSequence())
                .toList()).as("each change the previous SEQUENCE + 1").containsExactly(1, 2));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                published.records(ofMeeting(meeting, "WorkingGroupInvitationUpdated").and(to(colleague))))
                .as("who declined is not sent the meeting again").isEmpty());
        Response invalid = groups.api().patch("/api/meetings/" + meeting,
                Map.of("endsAt", newStart.minus(1, ChronoUnit.HOURS).toString()), admin);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("endsAt");
    }

    @Test
    void tellsEveryInvitationOnceWhenAChangeStopsPartWayThroughTellingThem() {
        groups.approvedCouncil(admin, "E07000124");
        groups.approvedCouncil(admin, "E07000125");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        int issued = groups.invitations(admin, meeting).get("items").size();
        assertThat(issued).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> published.records(ofMeeting(meeting,
                "WorkingGroupInvitationIssued")).size() == issued);
        List<String> invited = decoded(ofMeeting(meeting, "WorkingGroupInvitationIssued"),
                WorkingGroupInvitationIssued.class).stream().map(WorkingGroupInvitationIssued::invitationId).toList();

        // What Inviting.reschedule does, up to a crash after telling the first invitation: the meeting's change
        // is stored (with its event), one invitation is told, the others are not.
        Meeting stored = meetings.byId(meeting).orElseThrow();
        MeetingDetails previous = stored.reschedule(new MeetingPlan(null, null, null, null, "Bolton Town Hall", null),
                Instant.now()).orElseThrow();
        meetings.save(stored);
        Invitation first = invitations.byId(invited.get(0)).orElseThrow();
        assertThat(first.meetingRescheduled(stored, previous, Instant.now())).isTrue();
        invitations.save(first);

        var updated = ofMeeting(meeting, "WorkingGroupInvitationUpdated");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(decoded(updated,
                WorkingGroupInvitationUpdated.class)).extracting(WorkingGroupInvitationUpdated::invitationId)
                .containsExactlyInAnyOrderElementsOf(invited));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                published.records(updated)).as("each told once").hasSize(invited.size()));
        assertThat(decoded(updated, WorkingGroupInvitationUpdated.class)).allSatisfy(event -> {
            assertThat(event.meeting().venue()).isEqualTo("Bolton Town Hall");
            assertThat(event.meeting().calendarSequence()).isEqualTo(1);
        });
    }

    @Test
    void cancelsAMeetingAndSendsEveryoneInvitedTheCancellation() {
        var hyndburn = groups.approvedCouncil(admin, "E07000120");
        String meeting = groups.meeting(admin, groups.northWestGroup(admin));
        groups.issue(admin, meeting);
        String token = MeetingTests.tokenOf(issuedTo(meeting, hyndburn.email()).sealedAcceptUrl());

        Response cancelled = groups.api().post("/api/meetings/" + meeting + "/cancellation",
                Map.of("reason", "The speaker is unwell"), admin);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("/cancellationReason")).isEqualTo("The speaker is unwell");
        assertThat(codec.decode(published.awaitRecord(ofMeeting(meeting, "MeetingCancelled"))).orElseThrow())
                .isInstanceOf(MeetingCancelled.class);
        var toHyndburn = (WorkingGroupInvitationCancelled) codec.decode(published.awaitRecord(ofMeeting(meeting,
                "WorkingGroupInvitationCancelled").and(to(hyndburn.email())))).orElseThrow();
        assertThat(toHyndburn.reason()).isEqualTo("The speaker is unwell");
        assertThat(toHyndburn.meeting().calendarSequence()).as("the invitation's SEQUENCE + 1").isEqualTo(1);
        assertThat(groups.api().post("/api/invitations/" + token + "/response", Map.of("answer", "ACCEPTED"), null)
                .status()).as("no answers to a cancelled meeting").isEqualTo(409);
        assertThat(groups.api().patch("/api/meetings/" + meeting, Map.of("venue", "Elsewhere"), admin).status())
                .isEqualTo(409);
        assertThat(groups.api().post("/api/meetings/" + meeting + "/cancellation", Map.of(), admin).status())
                .isEqualTo(409);
        assertThat(groups.api().post("/api/meetings/" + meeting + "/invitations", null, admin).status())
                .isEqualTo(409);
    }

    private Predicate<ConsumerRecord<String, byte[]>> to(String email) {
        return record -> codec.decode(record).map(event -> {
            if (event instanceof WorkingGroupInvitationIssued issued) {
                return email.equals(issued.invitee().email());
            }
            if (event instanceof WorkingGroupInvitationUpdated updated) {
                return email.equals(updated.invitee().email());
            }
            return event instanceof WorkingGroupInvitationCancelled cancelled
                    && email.equals(cancelled.invitee().email());
        }).orElse(false);
    }

    private void redeliverActivationOf(String organisationId) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            var record = consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipActivated.v1")
                    .and(r -> organisationId.equals(r.key())));
            var activation = (MembershipActivated) codec.decode(record).orElseThrow();
            kafkaTemplate.send(codec.toRecord(OutgoingEvent.of(activation, codec))).join();
        }
    }

    private WorkingGroupInvitationIssued issuedTo(String meeting, String email) {
        var record = published.awaitRecord(ofMeeting(meeting, "WorkingGroupInvitationIssued").and(r -> codec.decode(r)
                .map(event -> ((WorkingGroupInvitationIssued) event).invitee().email().equals(email))
                .orElse(false)));
        return (WorkingGroupInvitationIssued) codec.decode(record).orElseThrow();
    }

    private String statusOf(String meeting, String email) {
        return groups.invitations(admin, meeting).get("items").valueStream()
                .filter(item -> item.get("email").asString().equals(email)).map(item -> item.get("status").asString())
                .reduce((first, second) -> first + "," + second).orElse("NOT INVITED");
    }

    private static Predicate<ConsumerRecord<String, byte[]>> ofMeeting(String meeting, String type) {
        String version = type.equals("WorkingGroupInvitationIssued") ? ".v2" : ".v1";
        return KafkaTestConsumer.ofType("membership." + type + version).and(r -> meeting.equals(r.key()));
    }

    private <T extends IntegrationEvent> List<T> decoded(Predicate<ConsumerRecord<String, byte[]>> which,
            Class<T> type) {
        return published.records(which).stream().map(r -> type.cast(codec.decode(r).orElseThrow())).toList();
    }

}
