package uk.socialvalue.notification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestComponent;

import static org.awaitility.Awaitility.await;

/** What reached the GreenMail server, by recipient, with the text and HTML parts of a message. */
@TestComponent
public class Mailbox {

    private final GreenMail greenMail;

    Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public GreenMail server() {
        return greenMail;
    }

    /** Every message received so far for the address. */
    public List<MimeMessage> to(String address) {
        if (!greenMail.isRunning()) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    /** How many messages each of the addresses (in lower case) has received so far, in one pass over what arrived. */
    public Map<String, Long> countsTo(Collection<String> addresses) {
        Map<String, Long> counts = new HashMap<>();
        addresses.forEach(address -> counts.put(address.toLowerCase(Locale.ROOT), 0L));
        if (greenMail.isRunning()) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    Address[] to = message.getRecipients(Message.RecipientType.TO);
                    for (Address recipient : to == null ? new Address[0] : to) {
                        counts.computeIfPresent(((InternetAddress) recipient).getAddress().toLowerCase(Locale.ROOT),
                                (address, count) -> count + 1);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return counts;
    }

    /** Waits (up to 30 s) until the address has received {@code count} messages, and returns them. */
    public List<MimeMessage> awaitMessages(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> to(address).size() >= count);
        return to(address);
    }

    /** Waits for the first message to the address. */
    public MimeMessage awaitOne(String address) {
        return awaitMessages(address, 1).get(0);
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The calendar object in the body's text/calendar alternative, or {@code null}. */
    public static String calendar(MimeMessage message) {
        return part(message, "text/calendar");
    }

    /** The first part of the type, however deep, or {@code null}. */
    public static Part find(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Part found = find(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) {
        Part found = find(part, type);
        if (found == null) {
            return null;
        }
        try {
            Object content = found.getContent();
            if (content instanceof InputStream stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            return (String) content;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
