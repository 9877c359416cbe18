package uk.socialvalue.notification.delivery.sending;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.ServiceLoader;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.StreamProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.email.Attachment;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.CalendarInvitation;
import uk.socialvalue.notification.email.CalendarInvitations;
import uk.socialvalue.notification.email.EmailTemplates;
import uk.socialvalue.notification.email.RenderedEmail;
import uk.socialvalue.notification.email.SingleLine;
import uk.socialvalue.notification.links.SealedLinkFields;
import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.UnsubscribeLinks;
import uk.socialvalue.support.links.LinkOpener;

/**
 * Builds the MIME message for a notification: the rendered text and HTML bodies, strictly checked addresses
 * with encoded names, the calendar entry where the email carries one, and the one-click unsubscribe headers
 * for emails one may opt out of.
 */
@Component
class EmailMessages {

    static {
        // Jakarta Mail finds its StreamProvider afresh for every part it builds and every body it encodes, with a
        // ServiceLoader that reads the executable jar's nested jars each time: three quarters of this service's
        // CPU while a backlog drains. Named by this property, it is loaded by class name instead.
        System.getProperties().computeIfAbsent(StreamProvider.class.getName(),
                name -> ServiceLoader.load(StreamProvider.class, EmailMessages.class.getClassLoader()).findFirst()
                        .map(provider -> provider.getClass().getName()).orElse(null));
    }

    private final EmailTemplates templates;
    private final UnsubscribeLinks unsubscribeLinks;
    private final CalendarInvitations calendars;
    private final DeliveryProperties properties;
    private final LinkOpener links;
    private final JavaMailSenderImpl mail;
    private final Clock clock;

    EmailMessages(EmailTemplates templates, UnsubscribeLinks unsubscribeLinks, DeliveryProperties properties,
            LinkOpener links, JavaMailSenderImpl mail, Clock clock) {
        this.links = links;
        this.templates = templates;
        this.unsubscribeLinks = unsubscribeLinks;
        this.calendars = new CalendarInvitations(properties.fromAddress(), properties.fromName());
        this.properties = properties;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * The email for a notification, rendered from its template, ready to send.
     *
     * @throws AddressException when an address is not one a message can go to: it never will be
     */
    MimeMessage build(Notification notification) throws MessagingException {
        boolean essential = notification.kind().category().isEssential();
        String unsubscribe = essential ? null
                : unsubscribeLinks.linkFor(new OptOut(notification.recipient(), notification.kind().category()));
        RenderedEmail email = templates.render(notification.kind(), notification.recipientName(),
                SealedLinkFields.opened(notification.model(), links), unsubscribe);

        // From the sender, not "new MimeMessage(session)": the sender's message carries its file type map, which
        // MimeMessageHelper would otherwise load afresh from the jar's mime.types for every email.
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(address(properties.fromAddress(), properties.fromName()));
        helper.setTo(address(notification.recipient(), notification.recipientName()));
        helper.setSubject(SingleLine.of(email.subject()));
        helper.setText(email.text(), email.html());
        var calendar = CalendarEntry.fromModel(notification.model())
                .map(entry -> calendars.render(entry, notification.recipient(), notification.recipientName()));
        if (calendar.isPresent()) {
            attach(calendar.get(), helper);
        }
        var document = Attachment.fromModel(notification.model());
        if (document.isPresent()) {
            helper.addAttachment(document.get().name(), new ByteArrayDataSource(document.get().bytes(),
                    document.get().contentType()));
        }
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("X-SVUK-Notification-Id", notification.id());
        if (unsubscribe != null) {
            // RFC 8058 one-click: mailbox providers POST "List-Unsubscribe=One-Click" to the https link.
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // Saving sets every header from the content, and a random Message-ID, which the stable one then replaces;
        // a saved message is sent as it is.
        message.saveChanges();
        message.setHeader("Message-ID", messageId(notification, properties.fromAddress()));
        return message;
    }

    /**
     * The same for every attempt at sending one email, so that should one go twice (the SMTP server took it and the
     * service died before the log said so) the recipient's mail system can see the repeat; a resend that staff ask
     * for is a new message. Made of the log entry's id and the sender's domain: nothing about the recipient.
     */
    static String messageId(Notification notification, String fromAddress) {
        String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        String resend = notification.resends() == 0 ? "" : "." + notification.resends();
        return "<" + notification.id() + resend + "@" + domain + ">";
    }

    /**
     * Puts the calendar object in twice, as mail clients look for it in different places: as a third
     * alternative of the body, where Outlook shows it as an invitation to accept, and as an attached
     * {@code invite.ics}, which Gmail and Apple Mail offer to add to the calendar.
     */
    private static void attach(CalendarInvitation calendar, MimeMessageHelper helper) throws MessagingException {
        byte[] content = calendar.content().getBytes(StandardCharsets.UTF_8);
        var alternative = new MimeBodyPart();
        alternative.setDataHandler(new DataHandler(new ByteArrayDataSource(content, calendar.contentType())));
        alternative.setHeader("Content-Type", calendar.contentType());
        bodyAlternatives(helper).addBodyPart(alternative);
        helper.addAttachment("invite.ics", new ByteArrayDataSource(content, "application/ics"));
    }

    /** The multipart/alternative that {@link MimeMessageHelper#setText(String, String)} made for the bodies. */
    private static MimeMultipart bodyAlternatives(MimeMessageHelper helper) throws MessagingException {
        try {
            return (MimeMultipart) helper.getMimeMultipart().getBodyPart(0).getContent();
        } catch (IOException e) {
            throw new MessagingException("The message has no body alternatives", e);
        }
    }

    /**
     * A strictly checked address with its display name MIME-encoded: a name can hold quotes, commas or
     * non-ASCII letters, and after {@link SingleLine} never a line break.
     */
    private static InternetAddress address(String address, String name) throws AddressException {
        var checked = new InternetAddress(address, true);
        checked.validate();
        try {
            return name == null || name.isBlank() ? checked
                    : new InternetAddress(checked.getAddress(), SingleLine.of(name), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
