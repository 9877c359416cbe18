package uk.socialvalue.notification.workinggroup;

import java.io.StringReader;

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
        assertThat(sequence(cancelled)).isGreaterThan(sequence(accepted));
    }

    private static VEvent event(String ics) throws Exception {
        return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
