package uk.socialvalue.notification.workinggroup;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.EmailKind;

import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Which email each working-group event causes, and how it keeps the invitee's calendar in step. */
class WorkingGroupEmailsTests {

    private static final String ADA = "ada@salford.example";

    private final MeetingDetails meeting = WorkingGroupEvents.meeting("m-1");
    private final Invitee invitee = WorkingGroupEvents.invitee(ADA);

    @Test
    void invitesWithTheLinksVerbatimAndACalendarRequest() {
        NotificationRequest request = only(WorkingGroupEmails.requestsFor(
                WorkingGroupEvents.issued(meeting, invitee, "t0k3n")));

        assertThat(request.kind()).isEqualTo(EmailKind.WORKING_GROUP_INVITATION);
        assertThat(request.kind().category().isEssential()).isFalse();
        assertThat(request.recipient()).isEqualTo(ADA);
        assertThat(request.eventType()).isEqualTo("membership.WorkingGroupInvitationIssued.v2");
        assertThat(TestLinkKeys.get().open(request.model().get("acceptUrl")))
                .as("kept sealed until the email is built").isEqualTo("https://members.svuk.example/rsvp/accept/t0k3n");
        assertThat(TestLinkKeys.get().open(request.model().get("declineUrl")))
                .isEqualTo("https://members.svuk.example/rsvp/decline/t0k3n");
        assertThat(request.model())
                .containsEntry("organisationName", "Salford").containsEntry("workingGroupName", "North West councils")
                .containsEntry("meetingDate", "Tuesday 3 November 2026")
                .containsEntry("meetingTime", "Tuesday 3 November 2026, 14:00 to 16:00 (UK time)");
        assertThat(CalendarEntry.fromModel(request.model())).hasValueSatisfying(entry -> {
            assertThat(entry.method()).isEqualTo(CalendarEntry.Method.REQUEST);
            assertThat(entry.uid()).isEqualTo("meeting-m-1@svuk.socialvalueuk.org");
            assertThat(entry.participation()).isEqualTo(CalendarEntry.Participation.NEEDS_ACTION);
            assertThat(entry.location()).isEqualTo("Manchester Central Library");
        });
    }

    @Test
    void keepsTheMeetingInTheCalendarOfAnAcceptanceAndTakesItOutForADecline() {
        NotificationRequest accepted = only(WorkingGroupEmails.requestsFor(
                WorkingGroupEvents.answered(meeting, invitee, RsvpAnswer.ACCEPTED)));
        NotificationRequest declined = only(WorkingGroupEmails.requestsFor(
                WorkingGroupEvents.answered(meeting, invitee, RsvpAnswer.DECLINED)));

        assertThat(accepted.kind()).isEqualTo(EmailKind.WORKING_GROUP_ANSWER);
        assertThat(accepted.kind().category().isEssential()).isTrue();
        assertThat(accepted.model()).containsEntry("answer", "accepted").containsEntry("accepted", "true");
        assertThat(CalendarEntry.fromModel(accepted.model())).hasValueSatisfying(entry -> {
            assertThat(entry.method()).isEqualTo(CalendarEntry.Method.REQUEST);
            assertThat(entry.participation()).isEqualTo(CalendarEntry.Participation.ACCEPTED);
        });
        assertThat(declined.model()).containsEntry("answer", "declined").doesNotContainKey("accepted");
        assertThat(CalendarEntry.fromModel(declined.model()))
                .hasValueSatisfying(entry -> assertThat(entry.method()).isEqualTo(CalendarEntry.Method.CANCEL));
    }

    @Test
    void cancelsTheCalendarEntryOfAWithdrawnInvitation() {
        var issued = WorkingGroupEvents.issued(meeting, invitee, "t0k3n");
        var withdrawn = WorkingGroupEvents.withdrawn(meeting, invitee, "Salford is no longer a member");

        NotificationRequest request = only(WorkingGroupEmails.requestsFor(withdrawn));

        assertThat(request.kind()).isEqualTo(EmailKind.WORKING_GROUP_INVITATION_WITHDRAWN);
        assertThat(request.kind().category().isEssential()).isTrue();
        assertThat(request.model()).containsEntry("reason", "Salford is no longer a member");
        CalendarEntry invitation = CalendarEntry.fromModel(only(WorkingGroupEmails.requestsFor(issued)).model())
                .orElseThrow();
        assertThat(CalendarEntry.fromModel(request.model())).hasValueSatisfying(entry -> {
            assertThat(entry.method()).isEqualTo(CalendarEntry.Method.CANCEL);
            assertThat(entry.uid()).isEqualTo(invitation.uid());
            assertThat(entry.sequence()).isEqualTo(invitation.sequence());
            assertThat(entry.stamp()).isEqualTo(withdrawn.occurredAt());
        });
    }

    @Test
    void sendsNothingWhenAMeetingIsScheduled() {
        var scheduled = new MeetingScheduled("e-1", Instant.now(), meeting, WorkingGroupKind.REGIONAL, "North West",
                null);

        assertThat(WorkingGroupEmails.requestsFor(scheduled)).isEmpty();
    }

    private static NotificationRequest only(List<NotificationRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
