package uk.socialvalue.notification.membership;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipInvoiceIssued;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.contracts.training.InvoiceDetails;
import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.notification.TestEvents.address;

/** Events published to the real broker end up as email in the SMTP server, once each. */
@NotificationIntegrationTest
class MembershipEventEmailsTests {

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void sendsTheApplicationReceivedEmailToThePrimaryContact() throws Exception {
        String ada = address("ada");

        events.publish(TestEvents.applied(ada));

        MimeMessage message = mailbox.awaitOne(ada);
        assertThat(message.getSubject()).isEqualTo("We have received Salford's application to join Social Value UK");
        assertThat(Mailbox.text(message)).contains("Dear Ada Lovelace", "Thank you for applying");
        assertThat(Mailbox.html(message)).contains("Salford");
        assertThat(message.getHeader("List-Unsubscribe")).as("membership email is essential").isNull();
    }

    @Test
    void sendsTheWelcomeEmailWithTheSetPasswordLink() throws Exception {
        String ada = address("ada");
        String link = "http://localhost:8081/account/password?token=" + UUID.randomUUID();

        events.publish(TestEvents.welcome(ada, link));

        MimeMessage message = mailbox.awaitOne(ada);
        assertThat(message.getSubject()).contains("membership is approved");
        assertThat(Mailbox.text(message)).contains(link);
        assertThat(Mailbox.html(message)).contains("href=\"" + link + "\"");
    }

    @Test
    void emailsTheMembershipInvoiceToThePrimaryContactOnceWithItsPdfAttached() throws Exception {
        String ada = address("ada");
        String organisationId = UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4 a membership invoice".getBytes(StandardCharsets.US_ASCII);
        MembershipInvoiceIssued invoiced = invoiced(organisationId, ada, pdf);

        events.publish(invoiced);
        events.publish(invoiced);
        // Same key, same partition: once the later event's email is out, the duplicate has been consumed.
        events.publish(TestEvents.lapsed(organisationId, ada));

        List<MimeMessage> received = mailbox.awaitMessages(ada, 2);
        MimeMessage invoice = received.stream().filter(m -> subject(m).startsWith("Invoice")).findFirst().orElseThrow();
        assertThat(invoice.getSubject()).isEqualTo("Invoice MEM-2026-27-000007: Salford's Social Value UK membership");
        assertThat(Mailbox.text(invoice)).contains("Dear Ada Lovelace", "MEM-2026-27-000007", "PO-4471",
                "£1800.00", "renewed", "GB 999 9999 73");
        assertThat(Mailbox.html(invoice)).contains("MEM-2026-27-000007");
        Part attachment = Mailbox.find(invoice, "application/pdf");
        assertThat(attachment.getFileName()).isEqualTo("MEM-2026-27-000007.pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(mailbox.to(ada)).as("the invoice delivered twice is sent once").hasSize(2);
    }

    private static MembershipInvoiceIssued invoiced(String organisationId, String email, byte[] pdf) {
        return new MembershipInvoiceIssued(UUID.randomUUID().toString(), Instant.now(), organisationId,
                TestEvents.SALFORD, new ContactSummary(UUID.randomUUID().toString(), "Ada Lovelace", email),
                MembershipInvoiceKind.MEMBERSHIP_RENEWAL, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 1),
                new InvoiceDetails("MEM-2026-27-000007", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 2),
                        "1500.00", "300.00", "1800.00", "GBP", "GB 999 9999 73", "PO-4471", null,
                        Base64.getEncoder().encodeToString(pdf)));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sendsOneEmailWhenEventIsDeliveredTwice() {
        String ada = address("ada");
        String organisationId = UUID.randomUUID().toString();
        MembershipApplied applied = TestEvents.applied(organisationId, "Ada Lovelace", ada);

        events.publish(applied);
        events.publish(applied);
        // Same key, same partition: once the later event's email is out, the duplicate has been consumed.
        events.publish(TestEvents.lapsed(organisationId, ada));

        List<MimeMessage> received = mailbox.awaitMessages(ada, 2);
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "We have received Salford's application to join Social Value UK",
                "Salford's Social Value UK membership has lapsed");
    }

    @Test
    void keepsHostileNamesOutOfTheHeadersAndTheMarkup() throws Exception {
        String ada = address("ada");
        String hostile = "Ada <script>alert(1)</script>\r\nBcc: victim@elsewhere.example";

        events.publish(TestEvents.applied(UUID.randomUUID().toString(), hostile, ada));

        MimeMessage message = mailbox.awaitOne(ada);
        assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(message.getAllRecipients()).hasSize(1);
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(ada);
        assertThat(to.getPersonal()).isEqualTo("Ada <script>alert(1)</script> Bcc: victim@elsewhere.example");
        assertThat(Mailbox.html(message)).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void deadLettersAPoisonRecordAndProcessesTheNextOne() {
        String organisationId = UUID.randomUUID().toString();
        String ada = address("ada");
        String deadLetters = Topics.deadLetterTopic(Topics.MEMBERSHIP_ORGANISATIONS, "notification-service");
        byte[] poison = "{not a cloud event".getBytes(StandardCharsets.UTF_8);

        events.send(new ProducerRecord<>(Topics.MEMBERSHIP_ORGANISATIONS, organisationId, poison));
        events.publish(TestEvents.applied(organisationId, "Ada Lovelace", ada));

        assertThat(mailbox.awaitOne(ada)).isNotNull();
        try (var consumer = new KafkaTestConsumer(bootstrapServers, List.of(deadLetters))) {
            var dead = consumer.awaitRecord(record -> organisationId.equals(record.key()));
            assertThat(dead.value()).isEqualTo(poison);
        }
    }
}
