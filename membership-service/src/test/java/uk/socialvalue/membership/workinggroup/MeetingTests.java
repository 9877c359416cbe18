package uk.socialvalue.membership.workinggroup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingCancelled;
import uk.socialvalue.contracts.workinggroup.MeetingRescheduled;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;
import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.support.domain.InvalidField;

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
    void issuingInvitesAContactWithAnUnguessableSealedTokenAndOneEvent() {
        Meeting meeting = stored(scheduled());

        Invitation ada = Invitation.issue(meeting, ADA, LINKS, NOW);
        Invitation ben = Invitation.issue(meeting, BEN, LINKS, NOW);

        assertThat(ada.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(ada.meetingId()).isEqualTo("m-1");
        List<WorkingGroupInvitationIssued> events = List.of(issuedEventOf(ada), issuedEventOf(ben));
        assertThat(events).extracting(WorkingGroupInvitationIssued::invitee).containsExactly(ADA, BEN);
        for (int i = 0; i < events.size(); i++) {
            WorkingGroupInvitationIssued event = events.get(i);
            String token = tokenOf(event.sealedAcceptUrl());
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(event.sealedAcceptUrl()).as("sealed for notification-service").doesNotContain(token);
            assertThat(TestLinkKeys.get().open(event.sealedAcceptUrl()))
                    .isEqualTo("https://members.example/rsvp/" + token + "?answer=ACCEPTED");
            assertThat(TestLinkKeys.get().open(event.sealedDeclineUrl()))
                    .isEqualTo("https://members.example/rsvp/" + token + "?answer=DECLINED");
            Invitation invitation = i == 0 ? ada : ben;
            assertThat(invitation.id()).isEqualTo(event.invitationId());
            assertThat(invitation.tokenHash()).as("only the hash is kept").isEqualTo(InvitationToken.hashOf(token))
                    .isNotEqualTo(token);
        }
        assertThat(tokenOf(events.get(0).sealedAcceptUrl())).isNotEqualTo(tokenOf(events.get(1).sealedAcceptUrl()));
    }

    @Test
    void issuingRecordsWhenInvitationsFirstWentOutAndChangesTheMeetingOnlyThen() {
        Meeting meeting = stored(scheduled());

        assertThat(meeting.issueInvitations(NOW)).isTrue();
        assertThat(meeting.issueInvitations(NOW.plusSeconds(60))).as("again").isFalse();

        assertThat(meeting.invitationsIssuedAt()).as("first issued").isEqualTo(NOW);
    }

    @Test
    void noOneCanBeInvitedOnceTheMeetingHasStarted() {
        Meeting meeting = stored(scheduled());

        assertThatThrownBy(() -> meeting.issueInvitations(STARTS)).isInstanceOf(InvitationRuleViolation.class);
    }

    @Test
    void lateJoinersAreInvitedOnlyOnceInvitationsHaveGoneOutAndBeforeTheStart() {
        Meeting meeting = stored(scheduled());
        assertThat(meeting.invitesLateJoiners(NOW)).as("not issued yet").isFalse();

        meeting.issueInvitations(NOW);

        assertThat(meeting.invitesLateJoiners(NOW)).isTrue();
        assertThat(meeting.invitesLateJoiners(STARTS)).as("started").isFalse();
    }

    @Test
    void anAnswerCanBeChangedUntilTheMeetingStarts() {
        Meeting meeting = stored(scheduled());
        Invitation invitation = stored(Invitation.issue(meeting, ADA, LINKS, NOW));

        invitation.answer(meeting, RsvpAnswer.ACCEPTED, NOW.plusSeconds(10));
        assertThat(invitation.status()).isEqualTo(InvitationStatus.ACCEPTED);
        invitation.answer(meeting, RsvpAnswer.DECLINED, STARTS.minusSeconds(1));

        assertThat(invitation.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(invitation.answeredAt()).isEqualTo(STARTS.minusSeconds(1));
        assertThat(eventsOf(invitation, WorkingGroupInvitationAnswered.class))
                .extracting(WorkingGroupInvitationAnswered::answer)
                .containsExactly(RsvpAnswer.ACCEPTED, RsvpAnswer.DECLINED);
        assertThatThrownBy(() -> invitation.answer(meeting, RsvpAnswer.ACCEPTED, STARTS))
                .isInstanceOf(InvitationRuleViolation.class);
        assertThat(invitation.status()).isEqualTo(InvitationStatus.DECLINED);
    }

    @Test
    void givingTheSameAnswerTwiceTellsNoOneTwice() {
        Meeting meeting = stored(scheduled());
        Invitation invitation = stored(Invitation.issue(meeting, ADA, LINKS, NOW));

        invitation.answer(meeting, RsvpAnswer.ACCEPTED, NOW);
        invitation.answer(meeting, RsvpAnswer.ACCEPTED, NOW.plusSeconds(5));

        assertThat(eventsOf(invitation, WorkingGroupInvitationAnswered.class)).hasSize(1);
        assertThat(invitation.answeredAt()).isEqualTo(NOW);
    }

    @Test
    void aWithdrawnInvitationCannotBeAnswered() {
        Meeting meeting = stored(scheduled());
        Invitation invitation = stored(Invitation.issue(meeting, ADA, LINKS, NOW));
        invitation.withdraw(meeting, "Lapsed", NOW);

        assertThatThrownBy(() -> invitation.answer(meeting, RsvpAnswer.ACCEPTED, NOW))
                .isInstanceOf(InvitationRuleViolation.class);
    }

    @Test
    void onlyAnOpenInvitationIsWithdrawnAndOnlyOnce() {
        Meeting meeting = stored(scheduled());
        Invitation accepted = stored(Invitation.issue(meeting, ADA, LINKS, NOW));
        accepted.answer(meeting, RsvpAnswer.ACCEPTED, NOW);
        Invitation declined = stored(Invitation.issue(meeting, BEN, LINKS, NOW));
        declined.answer(meeting, RsvpAnswer.DECLINED, NOW);
        accepted = stored(accepted);
        declined = stored(declined);

        assertThat(accepted.withdraw(meeting, "The organisation's membership lapsed", NOW)).isTrue();
        assertThat(accepted.withdraw(meeting, "The organisation's membership lapsed", NOW)).as("again").isFalse();
        assertThat(declined.withdraw(meeting, "The organisation's membership lapsed", NOW)).isFalse();

        assertThat(accepted.status()).isEqualTo(InvitationStatus.WITHDRAWN);
        assertThat(declined.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(eventsOf(accepted, WorkingGroupInvitationWithdrawn.class)).singleElement().satisfies(event -> {
            assertThat(event.invitee()).isEqualTo(ADA);
            assertThat(event.reason()).isEqualTo("The organisation's membership lapsed");
        });
        assertThat(declined.events()).isEmpty();
    }

    @Test
    void invitationsToAMeetingThatHasStartedStayOnRecord() {
        Meeting meeting = stored(scheduled());
        Invitation invitation = stored(Invitation.issue(meeting, CAT, LINKS, NOW));

        assertThat(invitation.withdraw(meeting, "Lapsed", STARTS)).isFalse();
        assertThat(invitation.withdraw(meeting, "Left", ENDS)).isFalse();
        assertThat(invitation.events()).isEmpty();
    }

    @Test
    void erasingTheInviteeKeepsTheInvitationAndItsAnswerOnce() {
        Meeting meeting = stored(scheduled());
        Invitation invitation = stored(Invitation.issue(meeting, ADA, LINKS, NOW));

        assertThat(invitation.eraseInvitee("Erased person")).isTrue();
        assertThat(invitation.eraseInvitee("Erased person")).as("again").isFalse();

        assertThat(invitation.invitee().email()).isNull();
        assertThat(invitation.invitee().name()).isEqualTo("Erased person");
        assertThat(invitation.invitee().personId()).isEqualTo(ADA.personId());
        assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void aChangedMeetingReachesOnlyInvitationsThatStillStand() {
        Meeting meeting = stored(scheduled());
        Invitation pending = stored(Invitation.issue(meeting, ADA, LINKS, NOW));
        Invitation declined = stored(Invitation.issue(meeting, BEN, LINKS, NOW));
        declined.answer(meeting, RsvpAnswer.DECLINED, NOW);
        declined = stored(declined);

        assertThat(meeting.reschedule(new MeetingPlan(null, null, null, null, null, null), NOW)).isEmpty();
        var previous = meeting.reschedule(new MeetingPlan(null, null, STARTS.plus(Duration.ofDays(1)), null,
                "Bolton Town Hall", null), NOW).orElseThrow();

        assertThat(previous.venue()).isEqualTo("Salford Civic Centre");
        assertThat(meeting.endsAt()).as("keeps its length").isEqualTo(ENDS.plus(Duration.ofDays(1)));
        assertThat(meeting.events()).singleElement().isInstanceOf(MeetingRescheduled.class);
        assertThat(pending.meetingRescheduled(meeting, previous, NOW)).isTrue();
        assertThat(pending.meetingRescheduled(meeting, previous, NOW)).as("told of the change once").isFalse();
        assertThat(declined.meetingRescheduled(meeting, previous, NOW)).isFalse();
        assertThat(eventsOf(pending, WorkingGroupInvitationUpdated.class)).singleElement()
                .satisfies(event -> assertThat(event.previous().startsAt()).isEqualTo(STARTS));
        assertThatThrownBy(() -> meeting.reschedule(new MeetingPlan(null, null, null, null, null, null),
                meeting.startsAt()))
                .isInstanceOf(InvitationRuleViolation.class);
    }

    @Test
    void aCancelledMeetingTellsEveryoneInvitedButTheWithdrawnAndTakesNoMoreAnswers() {
        Meeting meeting = stored(scheduled());
        Invitation declined = stored(Invitation.issue(meeting, BEN, LINKS, NOW));
        declined.answer(meeting, RsvpAnswer.DECLINED, NOW);
        declined = stored(declined);
        Invitation withdrawn = stored(Invitation.issue(meeting, CAT, LINKS, NOW));
        withdrawn.withdraw(meeting, "Left", NOW);
        withdrawn = stored(withdrawn);

        meeting.cancel("The speaker is unwell", NOW);

        assertThat(meeting.events()).singleElement().isInstanceOf(MeetingCancelled.class);
        assertThat(declined.meetingCancelled(meeting, NOW)).isTrue();
        assertThat(declined.meetingCancelled(meeting, NOW)).as("told of the cancellation once").isFalse();
        assertThat(withdrawn.meetingCancelled(meeting, NOW)).isFalse();
        Invitation answering = declined;
        assertThatThrownBy(() -> answering.answer(meeting, RsvpAnswer.ACCEPTED, NOW))
                .isInstanceOf(InvitationRuleViolation.class);
        assertThatThrownBy(() -> meeting.cancel("again", NOW)).isInstanceOf(InvitationRuleViolation.class);
        assertThatThrownBy(() -> meeting.issueInvitations(NOW)).isInstanceOf(InvitationRuleViolation.class);
    }

    private Meeting scheduled() {
        return Meeting.schedule("m-1", northWest, plan(STARTS, ENDS, "Salford Civic Centre", null), NOW);
    }

    /** The meeting as a repository would load it again: no events pending. */
    static Meeting stored(Meeting meeting) {
        return Meeting.restore(meeting.id(), meeting.workingGroupId(), meeting.workingGroupName(), meeting.title(),
                meeting.agenda(), meeting.startsAt(), meeting.endsAt(), meeting.venue(), meeting.onlineUrl(),
                meeting.scheduledAt(), meeting.invitationsIssuedAt(), meeting.version() + 1);
    }

    /** The invitation as a repository would load it again: no events pending. */
    static Invitation stored(Invitation invitation) {
        return Invitation.restore(invitation.id(), invitation.meetingId(), invitation.invitee(),
                invitation.tokenHash(), invitation.status(), invitation.invitedAt(), invitation.answeredAt(),
                invitation.withdrawnAt(), invitation.version() + 1);
    }

    private static MeetingPlan plan(Instant startsAt, Instant endsAt, String venue, String onlineUrl) {
        return new MeetingPlan("Social value in adult social care", "1. Welcome", startsAt, endsAt, venue, onlineUrl);
    }

    private void assertInvalid(MeetingPlan plan, String field) {
        assertThatThrownBy(() -> Meeting.schedule("m", northWest, plan, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The token in a sealed RSVP link, opened as notification-service opens it. */
    static String tokenOf(String sealedUrl) {
        String url = TestLinkKeys.get().open(sealedUrl);
        String path = url.substring(0, url.indexOf('?'));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static <T extends IntegrationEvent> List<T> eventsOf(Invitation invitation, Class<T> type) {
        return invitation.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static WorkingGroupInvitationIssued issuedEventOf(Invitation invitation) {
        return eventsOf(invitation, WorkingGroupInvitationIssued.class).get(0);
    }
}
