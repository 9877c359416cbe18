package uk.socialvalue.membership.workinggroup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;

import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTests {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    static final Instant STARTS = Instant.parse("2026-03-03T10:00:00Z");
    static final Instant ENDS = STARTS.plus(Duration.ofMinutes(150));
    static final RsvpLinks LINKS = new RsvpLinks("https://members.example/", TestLinkKeys.get()::seal);

    static final Invitee ADA = new Invitee("p-ada", "Ada", "ada@salford.example", "salford", "Salford");
    static final Invitee BEN = new Invitee("p-ben", "Ben", "ben@salford.example", "salford", "Salford");
    static final Invitee CAT = new Invitee("p-cat", "Cat", "cat@bolton.example", "bolton", "Bolton");

    final WorkingGroup northWest = WorkingGroupTests.regional("North West");

    @Test
    void schedulingAMeetingTellsWhoseGroupItIsFor() {
        Meeting meeting = scheduled();

        assertThat(meeting.events()).singleElement().isInstanceOfSatisfying(MeetingScheduled.class, event -> {
            assertThat(event.meeting().meetingId()).isEqualTo("m-1");
            assertThat(event.meeting().workingGroupName()).isEqualTo("North West councils");
            assertThat(event.meeting().startsAt()).isEqualTo(STARTS);
            assertThat(event.kind()).isEqualTo(WorkingGroupKind.REGIONAL);
            assertThat(event.region()).isEqualTo("North West");
            assertThat(event.sector()).isNull();
        });
    }

    @Test
    void aMeetingEndsAfterItStartsWhichIsInTheFuture() {
        assertInvalid(plan(STARTS, STARTS, "Civic Centre", null), "endsAt");
        assertInvalid(plan(STARTS, STARTS.minusSeconds(60), "Civic Centre", null), "endsAt");
        assertInvalid(plan(NOW.minusSeconds(60), ENDS, "Civic Centre", null), "startsAt");
        assertInvalid(new MeetingPlan("Title", null, null, ENDS, "Civic Centre", null), "startsAt");
        assertInvalid(new MeetingPlan(" ", null, STARTS, ENDS, "Civic Centre", null), "title");
    }

    @Test
    void aMeetingHasAVenueOrAnHttpsLink() {
        assertInvalid(plan(STARTS, ENDS, " ", null), "venue");
        assertInvalid(plan(STARTS, ENDS, null, "http://meet.example/abc"), "onlineUrl");
        assertInvalid(plan(STARTS, ENDS, null, "javascript:alert(1)"), "onlineUrl");
        assertInvalid(plan(STARTS, ENDS, null, "https://"), "onlineUrl");

        Meeting online = Meeting.schedule("m", northWest, plan(STARTS, ENDS, null, "https://meet.example/abc"), NOW);
        assertThat(online.onlineUrl()).isEqualTo("https://meet.example/abc");
        assertThat(online.venue()).isNull();
    }

    @Test
    void issuingInvitesEachContactWithAnUnguessableTokenAndOneEventEach() {
        Meeting meeting = stored(scheduled());

        int invited = meeting.issueInvitations(List.of(ADA, BEN), LINKS, NOW);

        assertThat(invited).isEqualTo(2);
        assertThat(meeting.invitationsIssuedAt()).isEqualTo(NOW);
        assertThat(meeting.invitations()).extracting(Invitation::status)
                .containsOnly(InvitationStatus.PENDING);
        List<WorkingGroupInvitationIssued> events = eventsOf(meeting, WorkingGroupInvitationIssued.class);
        assertThat(events).extracting(WorkingGroupInvitationIssued::invitee).containsExactly(ADA, BEN);
        for (WorkingGroupInvitationIssued event : events) {
            String token = tokenOf(event.sealedAcceptUrl());
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(event.sealedAcceptUrl()).as("sealed for notification-service").doesNotContain(token);
            assertThat(TestLinkKeys.get().open(event.sealedAcceptUrl()))
                    .isEqualTo("https://members.example/rsvp/" + token + "?answer=ACCEPTED");
            assertThat(TestLinkKeys.get().open(event.sealedDeclineUrl()))
                    .isEqualTo("https://members.example/rsvp/" + token + "?answer=DECLINED");
            Invitation invitation = meeting.invitationWithTokenHash(InvitationToken.hashOf(token)).orElseThrow();
            assertThat(invitation.id()).isEqualTo(event.invitationId());
            assertThat(invitation.tokenHash()).as("only the hash is kept").isNotEqualTo(token);
        }
        assertThat(tokenOf(events.get(0).sealedAcceptUrl())).isNotEqualTo(tokenOf(events.get(1).sealedAcceptUrl()));
    }

    @Test
    void issuingAgainInvitesOnlyThoseNotInvitedYet() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA, BEN), LINKS, NOW);
        meeting = stored(meeting);

        int invited = meeting.issueInvitations(List.of(ADA, BEN, CAT), LINKS, NOW.plusSeconds(60));

        assertThat(invited).isEqualTo(1);
        assertThat(meeting.invitations()).hasSize(3);
        assertThat(eventsOf(meeting, WorkingGroupInvitationIssued.class)).singleElement()
                .satisfies(event -> assertThat(event.invitee()).isEqualTo(CAT));
        assertThat(meeting.invitationsIssuedAt()).as("first issued").isEqualTo(NOW);
    }

    @Test
    void aWithdrawnContactIsNotInvitedAgainByIssuingAgain() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA), LINKS, NOW);
        meeting.withdrawPerson(ADA.personId(), "Left", NOW);
        meeting = stored(meeting);

        assertThat(meeting.issueInvitations(List.of(ADA), LINKS, NOW)).isZero();
        assertThat(meeting.events()).isEmpty();
    }

    @Test
    void noOneCanBeInvitedOnceTheMeetingHasStarted() {
        Meeting meeting = stored(scheduled());

        assertThatThrownBy(() -> meeting.issueInvitations(List.of(ADA), LINKS, STARTS))
                .isInstanceOf(InvitationRuleViolation.class);
    }

    @Test
    void lateJoinersAreInvitedOnlyOnceInvitationsHaveGoneOutAndBeforeTheStart() {
        Meeting meeting = stored(scheduled());
        assertThat(meeting.inviteLateJoiners(List.of(CAT), LINKS, NOW)).as("not issued yet").isZero();

        meeting.issueInvitations(List.of(ADA), LINKS, NOW);
        assertThat(meeting.inviteLateJoiners(List.of(ADA, CAT), LINKS, NOW)).isEqualTo(1);
        assertThat(meeting.inviteLateJoiners(List.of(ADA, CAT), LINKS, NOW)).as("twice").isZero();

        Invitee dan = new Invitee("p-dan", "Dan", "dan@bury.example", "bury", "Bury");
        assertThat(meeting.inviteLateJoiners(List.of(dan), LINKS, STARTS)).as("started").isZero();
        assertThat(eventsOf(meeting, WorkingGroupInvitationIssued.class)).hasSize(2);
    }

    @Test
    void anAnswerCanBeChangedUntilTheMeetingStarts() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA), LINKS, NOW);
        String hash = meeting.invitations().get(0).tokenHash();
        meeting = stored(meeting);

        Invitation accepted = meeting.answer(hash, RsvpAnswer.ACCEPTED, NOW.plusSeconds(10));
        Invitation declined = meeting.answer(hash, RsvpAnswer.DECLINED, STARTS.minusSeconds(1));

        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(declined.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(declined.answeredAt()).isEqualTo(STARTS.minusSeconds(1));
        assertThat(eventsOf(meeting, WorkingGroupInvitationAnswered.class))
                .extracting(WorkingGroupInvitationAnswered::answer)
                .containsExactly(RsvpAnswer.ACCEPTED, RsvpAnswer.DECLINED);
        Meeting started = meeting;
        assertThatThrownBy(() -> started.answer(hash, RsvpAnswer.ACCEPTED, STARTS))
                .isInstanceOf(InvitationRuleViolation.class);
        assertThat(meeting.invitations().get(0).status()).isEqualTo(InvitationStatus.DECLINED);
    }

    @Test
    void givingTheSameAnswerTwiceTellsNoOneTwice() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA), LINKS, NOW);
        String hash = meeting.invitations().get(0).tokenHash();
        meeting = stored(meeting);

        meeting.answer(hash, RsvpAnswer.ACCEPTED, NOW);
        meeting.answer(hash, RsvpAnswer.ACCEPTED, NOW.plusSeconds(5));

        assertThat(eventsOf(meeting, WorkingGroupInvitationAnswered.class)).hasSize(1);
        assertThat(meeting.invitations().get(0).answeredAt()).isEqualTo(NOW);
    }

    @Test
    void aWithdrawnInvitationCannotBeAnswered() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA), LINKS, NOW);
        String hash = meeting.invitations().get(0).tokenHash();
        meeting.withdrawOrganisation("salford", "Lapsed", NOW);

        assertThatThrownBy(() -> meeting.answer(hash, RsvpAnswer.ACCEPTED, NOW))
                .isInstanceOf(InvitationRuleViolation.class);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA), LINKS, NOW);

        assertThatThrownBy(() -> meeting.answer(InvitationToken.hashOf("guess"), RsvpAnswer.ACCEPTED, NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void withdrawingAnOrganisationWithdrawsItsOpenInvitationsOnceEach() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA, BEN, CAT), LINKS, NOW);
        meeting.answer(hashOf(meeting, BEN), RsvpAnswer.DECLINED, NOW);
        meeting.answer(hashOf(meeting, ADA), RsvpAnswer.ACCEPTED, NOW);
        meeting = stored(meeting);

        int withdrawn = meeting.withdrawOrganisation("salford", "The organisation's membership lapsed", NOW);
        int again = meeting.withdrawOrganisation("salford", "The organisation's membership lapsed", NOW);

        assertThat(withdrawn).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(meeting.invitations()).extracting(i -> i.invitee().personId(), Invitation::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p-ada", InvitationStatus.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple("p-ben", InvitationStatus.DECLINED),
                        org.assertj.core.groups.Tuple.tuple("p-cat", InvitationStatus.PENDING));
        assertThat(eventsOf(meeting, WorkingGroupInvitationWithdrawn.class)).singleElement().satisfies(event -> {
            assertThat(event.invitee()).isEqualTo(ADA);
            assertThat(event.reason()).isEqualTo("The organisation's membership lapsed");
        });
        assertThat(meeting.counts()).containsEntry(InvitationStatus.WITHDRAWN, 1L)
                .containsEntry(InvitationStatus.DECLINED, 1L).containsEntry(InvitationStatus.PENDING, 1L)
                .containsEntry(InvitationStatus.ACCEPTED, 0L);
    }

    @Test
    void invitationsToAMeetingThatHasStartedStayOnRecord() {
        Meeting meeting = stored(scheduled());
        meeting.issueInvitations(List.of(ADA, CAT), LINKS, NOW);
        meeting = stored(meeting);

        assertThat(meeting.withdrawOrganisation("salford", "Lapsed", STARTS)).isZero();
        assertThat(meeting.withdrawPerson(CAT.personId(), "Left", ENDS)).isZero();
        assertThat(meeting.events()).isEmpty();
    }

    private Meeting scheduled() {
        return Meeting.schedule("m-1", northWest, plan(STARTS, ENDS, "Salford Civic Centre", null), NOW);
    }

    /** The meeting as a repository would load it again: no events pending. */
    static Meeting stored(Meeting meeting) {
        return Meeting.restore(meeting.id(), meeting.workingGroupId(), meeting.workingGroupName(), meeting.title(),
                meeting.agenda(), meeting.startsAt(), meeting.endsAt(), meeting.venue(), meeting.onlineUrl(),
                meeting.scheduledAt(), meeting.invitationsIssuedAt(), meeting.invitations(), meeting.version() + 1);
    }

    private static MeetingPlan plan(Instant startsAt, Instant endsAt, String venue, String onlineUrl) {
        return new MeetingPlan("Social value in adult social care", "1. Welcome", startsAt, endsAt, venue, onlineUrl);
    }

    private void assertInvalid(MeetingPlan plan, String field) {
        assertThatThrownBy(() -> Meeting.schedule("m", northWest, plan, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static String hashOf(Meeting meeting, Invitee invitee) {
        return meeting.invitations().stream().filter(i -> i.invitee().equals(invitee)).findFirst().orElseThrow()
                .tokenHash();
    }

    /** The token in a sealed RSVP link, opened as notification-service opens it. */
    static String tokenOf(String sealedUrl) {
        String url = TestLinkKeys.get().open(sealedUrl);
        String path = url.substring(0, url.indexOf('?'));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static <T extends IntegrationEvent> List<T> eventsOf(Meeting meeting, Class<T> type) {
        return meeting.events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
