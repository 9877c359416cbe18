package uk.socialvalue.notification.workinggroup;

import java.io.StringReader;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;

import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.notification.TestEvents.address;

/** Working-group invitations published to the real broker arrive as email that keeps the calendar in step. */
@NotificationIntegrationTest
class WorkingGroupEventEmailsTests {

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Test
    void invitesWithAcceptAndDeclineLinksACalendarRequestAndAnUnsubscribe() throws Exception {
        String ada = address("ada");
        MeetingDetails meeting = WorkingGroupEvents.meeting(WorkingGroupEvents.meetingId());
        WorkingGroupInvitationIssued issued = WorkingGroupEvents.issued(meeting, WorkingGroupEvents.invitee(ada),
                "t0k3n");

        events.publish(issued);

        MimeMessage invitation = mailbox.awaitOne(ada);
        assertThat(invitation.getSubject()).isEqualTo(
                "Invitation: Social value in adult social care, North West councils, Tuesday 3 November 2026");
        String accept = TestLinkKeys.get().open(issued.sealedAcceptUrl());
        String decline = TestLinkKeys.get().open(issued.sealedDeclineUrl());
        assertThat(Mailbox.text(invitation)).contains("Accept: " + accept, "Decline: " + decline);
        assertThat(Mailbox.html(invitation)).contains("href=\"" + accept + "\"", "href=\"" + decline + "\"");
        assertThat(invitation.getHeader("List-Unsubscribe")[0]).startsWith("<https://notifications.svuk.test/");
        assertThat(invitation.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(Mailbox.find(invitation, "text/calendar").getContentType()).contains("method=REQUEST");
        VEvent event = event(Mailbox.calendar(invitation));
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("meeting-" + meeting.meetingId() + "@svuk.socialvalueuk.org");
        assertThat(Mailbox.calendar(invitation)).contains("DTSTART;TZID=Europe/London:20261103T140000");
    }

    @Test
    void confirmsTheAnswerAndCancelsTheEntryWhenTheInvitationIsWithdrawn() throws Exception {
        String ada = address("ada");
        MeetingDetails meeting = WorkingGroupEvents.meeting(WorkingGroupEvents.meetingId());
        Invitee invitee = WorkingGroupEvents.invitee(ada);

        events.publish(WorkingGroupEvents.answered(meeting, invitee, RsvpAnswer.ACCEPTED));
        MimeMessage answer = mailbox.awaitOne(ada);
        events.publish(WorkingGroupEvents.withdrawn(meeting, invitee, "Salford is no longer a member"));
        MimeMessage withdrawal = mailbox.awaitMessages(ada, 2).get(1);

        assertThat(answer.getSubject()).startsWith("You accepted the invitation: Social value in adult social care");
        assertThat(answer.getHeader("List-Unsubscribe")).as("meeting updates are essential").isNull();
        assertThat(Mailbox.find(answer, "text/calendar").getContentType()).contains("method=REQUEST");
        assertThat(withdrawal.getSubject()).startsWith("Invitation withdrawn");
        assertThat(Mailbox.text(withdrawal)).contains("The reason: Salford is no longer a member");
        assertThat(Mailbox.find(withdrawal, "text/calendar").getContentType()).contains("method=CANCEL");
        VEvent accepted = event(Mailbox.calendar(answer));
        VEvent cancelled = event(Mailbox.calendar(withdrawal));
        assertThat(cancelled.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(accepted.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(sequence(cancelled)).as("one person's withdrawal changes the meeting for no one else")
                .isEqualTo(sequence(accepted));
        assertThat(cancelled.getProperty(Property.DTSTAMP).orElseThrow().getValue())
                .as("which orders it after the acceptance (RFC 5546, 2.1.5)")
                .isGreaterThanOrEqualTo(accepted.getProperty(Property.DTSTAMP).orElseThrow().getValue());
    }

    @Test
    void updatesTheEntryWithTheNextSequenceWhenTheMeetingMovesAndCancelsItWhenTheMeetingIsCancelled()
            throws Exception {
        String ada = address("ada");
        MeetingDetails meeting = WorkingGroupEvents.meeting(WorkingGroupEvents.meetingId());
        Invitee invitee = WorkingGroupEvents.invitee(ada);
        var answered = WorkingGroupEvents.answered(meeting, invitee, RsvpAnswer.ACCEPTED);
        events.publish(answered);
        MimeMessage answer = mailbox.awaitOne(ada);
        MeetingDetails moved = WorkingGroupEvents.movedOnline(meeting);
        var updated = WorkingGroupEvents.updated(meeting, moved, invitee, answered.occurredAt().plusSeconds(60));
        MeetingDetails movedAgain = WorkingGroupEvents.movedOnline(moved);

        events.publish(updated);
        events.publish(updated);
        events.publish(WorkingGroupEvents.updated(moved, movedAgain, invitee, answered.occurredAt().plusSeconds(90)));
        events.publish(WorkingGroupEvents.cancelled(WorkingGroupEvents.cancelledMeeting(movedAgain), invitee,
                "The speaker is unwell", answered.occurredAt().plusSeconds(120)));

        List<MimeMessage> received = mailbox.awaitMessages(ada, 4);
        MimeMessage update = received.get(1);
        MimeMessage cancellation = received.get(3);
        assertThat(update.getSubject()).startsWith("Meeting changed: Social value in adult social care");
        assertThat(Mailbox.text(update)).contains("The time: it was Tuesday 3 November 2026",
                "The venue: it was", "https://meet.example/moved");
        VEvent request = event(Mailbox.calendar(answer));
        VEvent changed = event(Mailbox.calendar(update));
        assertThat(changed.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(request.getProperty(Property.UID).orElseThrow().getValue());
        VEvent changedAgain = event(Mailbox.calendar(received.get(2)));
        assertThat(changedAgain.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(request.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(List.of(sequence(request), sequence(changed), sequence(changedAgain))).as("each the previous + 1")
                .containsExactly(0, 1, 2);
        assertThat(Mailbox.calendar(update)).contains("METHOD:REQUEST", "DTSTART;TZID=Europe/London:20261104T140000");
        assertThat(Mailbox.calendar(received.get(2))).contains("DTSTART;TZID=Europe/London:20261105T140000");
        assertThat(cancellation.getSubject()).startsWith("Meeting cancelled");
        assertThat(Mailbox.text(cancellation)).contains("The reason: The speaker is unwell");
        assertThat(Mailbox.calendar(cancellation)).contains("METHOD:CANCEL");
        assertThat(sequence(event(Mailbox.calendar(cancellation)))).isEqualTo(3);
        assertThat(mailbox.to(ada)).as("the update delivered twice is sent once").hasSize(4);
    }

    private static VEvent event(String ics) throws Exception {
        return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
