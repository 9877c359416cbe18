package uk.socialvalue.notification.training;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/** Training events published to the real broker arrive as email, with their calendar entries, once each. */
@NotificationIntegrationTest
class TrainingEventEmailsTests {

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ApiClient http;

    @Autowired
    Notifications notifications;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void confirmsABookingToTheContactAndSendsEachAttendeeACalendarInvitation() throws Exception {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());

        events.publish(TrainingEvents.confirmed(session, TrainingEvents.booking(grace, alan)));

        MimeMessage toAttendee = mailbox.awaitOne(alan);
        assertThat(toAttendee.getSubject())
                .isEqualTo("Booking confirmed: Social Value in Procurement on Monday 15 June 2026");
        assertThat(Mailbox.text(toAttendee)).contains("Grace Hopper has booked you a place, for Salford, on");
        Part calendarPart = Mailbox.find(toAttendee, "text/calendar");
        assertThat(calendarPart.getContentType()).contains("method=REQUEST");
        assertThat(((BodyPart) calendarPart).getParent().getContentType()).as("an alternative of the body")
                .startsWith("multipart/alternative");
        Part attachment = Mailbox.find(toAttendee, "application/ics");
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        VEvent event = event(Mailbox.calendar(toAttendee));
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("session-" + session.sessionId() + "@svuk.socialvalueuk.org");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:" + alan);
        assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(Mailbox.calendar(toAttendee));

        MimeMessage toContact = mailbox.awaitOne(grace);
        assertThat(Mailbox.text(toContact)).contains("Your booking for Salford is confirmed", "PO-1234", "£600.00");
        assertThat(Mailbox.calendar(toContact)).as("the contact does not attend").isNull();
        assertThat(toContact.getHeader("List-Unsubscribe")).as("booking mail is essential").isNull();
    }

    @Test
    void cancelsTheCalendarEntryOfEveryPlaceOnACancelledSession() throws Exception {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        var booking = TrainingEvents.booking(grace, alan);
        events.publish(TrainingEvents.confirmed(session, booking));
        String request = Mailbox.calendar(mailbox.awaitOne(alan));

        SessionDetails cancelledSession = TrainingEvents.cancelledSession(session);
        events.publish(TrainingEvents.cancelled(cancelledSession, booking, false,
                BookingCancelled.Cause.SESSION_CANCELLED, "The trainer is ill"));
        events.publish(TrainingEvents.sessionCancelled(cancelledSession, "The trainer is ill"));

        MimeMessage cancellation = mailbox.awaitMessages(alan, 2).get(1);
        assertThat(cancellation.getSubject()).startsWith("Session cancelled by Social Value UK");
        assertThat(Mailbox.text(cancellation)).contains("The reason: The trainer is ill");
        assertThat(Mailbox.find(cancellation, "text/calendar").getContentType()).contains("method=CANCEL");
        Calendar cancelled = parse(Mailbox.calendar(cancellation));
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelledEvent = (VEvent) cancelled.getComponent("VEVENT").orElseThrow();
        assertThat(cancelledEvent.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(event(request).getProperty(Property.UID).orElseThrow().getValue());
        assertThat(sequence(event(request))).isZero();
        assertThat(sequence(cancelledEvent)).isEqualTo(1);
        assertThat(mailbox.awaitMessages(grace, 2).get(1).getSubject()).startsWith("Session cancelled");
    }

    @Test
    void sendsEachAttendeeTheUpdatedCalendarEntryWithTheNextSequenceAndEveryoneWhatChangedWhenASessionMoves()
            throws Exception {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        var booking = TrainingEvents.booking(grace, alan);
        BookingConfirmed confirmed = TrainingEvents.confirmed(session, booking);
        events.publish(confirmed);
        String request = Mailbox.calendar(mailbox.awaitOne(alan));
        SessionDetails moved = TrainingEvents.movedOn(session);
        var rescheduled = TrainingEvents.rescheduled(session, moved, booking, false,
                confirmed.occurredAt().plusSeconds(60), SessionChange.TIMES, SessionChange.PLACE);

        events.publish(rescheduled);
        events.publish(rescheduled);

        MimeMessage update = mailbox.awaitMessages(alan, 2).get(1);
        assertThat(update.getSubject()).isEqualTo("Session changed: Social Value in Procurement, now Monday 22 June 2026");
        assertThat(Mailbox.text(update)).contains("Manchester Town Hall", "The time: it was Monday 15 June 2026",
                "The place: it was The Lowry, Salford Quays");
        Calendar updated = parse(Mailbox.calendar(update));
        assertThat(updated.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent updatedEvent = (VEvent) updated.getComponent("VEVENT").orElseThrow();
        assertThat(updatedEvent.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(event(request).getProperty(Property.UID).orElseThrow().getValue());
        assertThat(sequence(event(request))).isZero();
        assertThat(sequence(updatedEvent)).isEqualTo(1);
        assertThat(updatedEvent.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Manchester Town Hall");
        assertThat(updatedEvent.getProperty(Property.DTSTART).orElseThrow().getValue()).startsWith("20260622T100000");
        MimeMessage toContact = mailbox.awaitMessages(grace, 2).get(1);
        assertThat(Mailbox.text(toContact)).contains("changed the session of your booking for Salford", "PO-1234");
        assertThat(Mailbox.calendar(toContact)).as("the contact does not attend").isNull();
        // Same key, same partition: once this email is out, the duplicate before it has been consumed.
        SessionDetails movedAgain = TrainingEvents.movedOn(moved);
        events.publish(TrainingEvents.rescheduled(moved, movedAgain, booking, false,
                confirmed.occurredAt().plusSeconds(120), SessionChange.TIMES));
        VEvent secondUpdate = event(Mailbox.calendar(mailbox.awaitMessages(alan, 3).get(2)));
        assertThat(secondUpdate.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(updatedEvent.getProperty(Property.UID).orElseThrow().getValue());
        assertThat(sequence(secondUpdate)).as("the previous SEQUENCE + 1").isEqualTo(2);
        assertThat(secondUpdate.getProperty(Property.DTSTART).orElseThrow().getValue()).startsWith("20260629T100000");
        mailbox.awaitMessages(grace, 3);
        assertThat(mailbox.to(grace)).as("the duplicate sent nothing").hasSize(3);
    }

    @Test
    void cancelsTheLeaversPlaceAndConfirmsTheNewcomersWhenAttendeesAreSubstituted() throws Exception {
        String grace = address("grace");
        String leaver = address("alan");
        String newcomer = address("ada");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        var after = TrainingEvents.booking(grace, newcomer);

        var substituted = TrainingEvents.substituted(session, after,
                List.of(new Attendee(TrainingEvents.nameOf(leaver), leaver)),
                List.of(new Attendee(TrainingEvents.nameOf(newcomer), newcomer)));

        events.publish(substituted);
        events.publish(substituted);
        events.publish(TrainingEvents.reminder(session, after));

        MimeMessage toLeaver = mailbox.awaitOne(leaver);
        assertThat(toLeaver.getSubject()).startsWith("Booking cancelled");
        assertThat(Mailbox.text(toLeaver)).contains("given your place to a colleague");
        assertThat(parse(Mailbox.calendar(toLeaver)).getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        MimeMessage toNewcomer = mailbox.awaitMessages(newcomer, 2).stream()
                .filter(message -> subject(message).startsWith("Booking confirmed")).findFirst().orElseThrow();
        assertThat(toNewcomer.getSubject()).startsWith("Booking confirmed");
        assertThat(parse(Mailbox.calendar(toNewcomer)).getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        MimeMessage toContact = mailbox.awaitOne(grace);
        assertThat(toContact.getSubject()).startsWith("Attendees changed");
        assertThat(Mailbox.text(toContact)).contains("No longer attending: Alan Attendee", "Now attending: Ada Attendee");
        assertThat(mailbox.to(leaver)).as("delivered twice, sent once").hasSize(1);
        assertThat(mailbox.to(grace)).hasSize(1);
    }

    @Test
    void emailsTheInvoiceToTheBookingContactWithItsPdfAttached() throws Exception {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        byte[] pdf = "%PDF-1.4 an invoice".getBytes(StandardCharsets.US_ASCII);

        var booking = TrainingEvents.booking(grace, alan);
        var invoiced = TrainingEvents.invoiced(session, booking, pdf);

        events.publish(invoiced);
        events.publish(invoiced);
        // Same key, same partition: once the reminder is out, the duplicate before it has been consumed.
        events.publish(TrainingEvents.reminder(session, booking));

        mailbox.awaitOne(alan);
        MimeMessage invoice = mailbox.awaitOne(grace);
        assertThat(invoice.getSubject())
                .isEqualTo("Invoice TRN-2026-27-000042: Social Value in Procurement on Monday 15 June 2026");
        assertThat(Mailbox.text(invoice)).contains("TRN-2026-27-000042", "PO-1234", "£600.00",
                "Payment due by: Sunday 31 May 2026", "GB 999 9999 73");
        Part attachment = Mailbox.find(invoice, "application/pdf");
        assertThat(attachment.getFileName()).isEqualTo("TRN-2026-27-000042.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(mailbox.to(alan)).as("attendees are not invoiced: only the reminder").hasSize(1);
        assertThat(mailbox.to(grace)).as("the invoice delivered twice is sent once").hasSize(1);
    }

    @Test
    void announcesACompletedAccreditationLevelOnceRemindsBeforeItExpiresAndTellsOfItsWithdrawal() {
        String ada = address("ada");
        String trackId = "t-" + java.util.UUID.randomUUID();
        var completed = TrainingEvents.levelCompleted(trackId, ada);

        events.publish(completed);
        events.publish(completed);
        events.publish(TrainingEvents.expiryDue(trackId, ada));

        List<MimeMessage> received = mailbox.awaitMessages(ada, 2);
        assertThat(received).extracting(TrainingEventEmailsTests::subject).containsExactlyInAnyOrder(
                "Social Value Practitioner: level 2 completed",
                "Social Value Practitioner: level 2 expires on Wednesday 14 June 2028");
        assertThat(received).extracting(Mailbox::text).anySatisfy(text -> assertThat(text)
                .contains("completed level 2 of 3 of the Social Value Practitioner accreditation",
                        "valid until Wednesday 14 June 2028"));
        assertThat(mailbox.to(ada)).as("the completion delivered twice is sent once").hasSize(2);

        var withdrawn = TrainingEvents.levelWithdrawn(trackId, ada);
        events.publish(withdrawn);
        events.publish(withdrawn);
        events.publish(TrainingEvents.levelCompleted(trackId, ada)); // same track, same partition: after both
        List<MimeMessage> later = mailbox.awaitMessages(ada, 4);
        assertThat(later).extracting(TrainingEventEmailsTests::subject)
                .containsOnlyOnce("Social Value Practitioner: level 2 withdrawn");
        assertThat(later).extracting(Mailbox::text).anySatisfy(text -> assertThat(text).contains(
                "Social Value in Procurement on Monday 15 June 2026 has been corrected",
                "level 2 of the Social Value Practitioner accreditation, which that attendance completed, has "
                        + "been withdrawn"));
        assertThat(mailbox.to(ada)).as("the withdrawal delivered twice is sent once").hasSize(4);
    }

    @Test
    void sendsOneEmailWhenEventIsDeliveredTwice() {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        var booking = TrainingEvents.booking(grace, alan);
        BookingConfirmed confirmed = TrainingEvents.confirmed(session, booking);

        events.publish(confirmed);
        events.publish(confirmed);
        // Same key, same partition: once the later event's email is out, the duplicate has been consumed.
        events.publish(TrainingEvents.reminder(session, booking));

        List<MimeMessage> received = mailbox.awaitMessages(alan, 2);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Booking confirmed: Social Value in Procurement on Monday 15 June 2026",
                "Reminder: Social Value in Procurement on Monday 15 June 2026");
        assertThat(mailbox.to(grace)).hasSize(1);
    }

    @Test
    void suppressesSessionRemindersAfterAnUnsubscribeButStillConfirmsBookings() throws Exception {
        String grace = address("grace");
        String alan = address("alan");
        SessionDetails first = TrainingEvents.session(TrainingEvents.sessionId());
        events.publish(TrainingEvents.reminder(first, TrainingEvents.booking(grace, alan)));
        MimeMessage reminder = mailbox.awaitOne(alan);
        assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = reminder.getHeader("List-Unsubscribe")[0];
        assertThat(http.postForm(URI.create(header.substring(1, header.length() - 1)).getPath(),
                "List-Unsubscribe=One-Click").body())
                .contains("\"category\":\"TRAINING_REMINDERS\"", "\"unsubscribed\":true");

        SessionDetails second = TrainingEvents.session(TrainingEvents.sessionId());
        var booking = TrainingEvents.booking(grace, alan);
        events.publish(TrainingEvents.reminder(second, booking));
        events.publish(TrainingEvents.confirmed(second, booking));

        MimeMessage confirmation = mailbox.awaitMessages(alan, 2).get(1);
        assertThat(confirmation.getSubject()).startsWith("Booking confirmed");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications
                .search(new NotificationQuery(alan, null, EmailKind.SESSION_REMINDER, 0, 10)).items())
                .extracting(entry -> entry.status())
                .containsExactlyInAnyOrder(NotificationStatus.SENT, NotificationStatus.SUPPRESSED));
        assertThat(mailbox.to(alan)).hasSize(2);
    }

    @Test
    void deadLettersAPoisonRecordAndProcessesTheNextOne() {
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());
        String deadLetters = Topics.deadLetterTopic(Topics.TRAINING_SESSIONS, "notification-service");
        byte[] poison = "{not a cloud event".getBytes(StandardCharsets.UTF_8);

        events.send(new ProducerRecord<>(Topics.TRAINING_SESSIONS, session.sessionId(), poison));
        events.publish(TrainingEvents.attendance(session, alan, true));

        assertThat(mailbox.awaitOne(alan)).isNotNull();
        try (var consumer = new KafkaTestConsumer(bootstrapServers, List.of(deadLetters))) {
            var dead = consumer.awaitRecord(record -> session.sessionId().equals(record.key()));
            assertThat(dead.value()).isEqualTo(poison);
        }
    }

    @Test
    void opensTheSealedCertificateLinkForTheEmailAndKeepsItOutOfTheLogOnceSent() throws Exception {
        String alan = address("alan");
        SessionDetails session = TrainingEvents.session(TrainingEvents.sessionId());

        events.publish(TrainingEvents.attendance(session, alan, true));

        MimeMessage email = mailbox.awaitOne(alan);
        assertThat(Mailbox.text(email)).contains("7K3M-9QX2-TP4B", "Download it: " + TrainingEvents.CERTIFICATE_LINK);
        assertThat(Mailbox.html(email)).contains("href=\"" + TrainingEvents.CERTIFICATE_LINK.replace("&", "&amp;"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(notifications.toRecipient(alan)).singleElement().satisfies(notification -> {
                assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
                assertThat(notification.model()).doesNotContainKey("certificateUrl")
                        .containsEntry("certificateCode", "7K3M-9QX2-TP4B");
            });
        });
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(String ics) throws Exception {
        return (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
