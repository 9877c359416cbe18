package uk.socialvalue.local.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * One received message, read with jakarta.mail into what the pages and the API show: who, what, the
 * text and HTML bodies, and every other leaf part as an attachment (a text/calendar invitation
 * included, even when it sits inside multipart/alternative). Content is whatever the sender wrote:
 * nothing here is trusted or interpreted beyond MIME structure. A missing body is an empty string,
 * as in Mailpit's API.
 */
record CapturedMessage(String id, Instant created, Mailbox from, List<Mailbox> to, List<Mailbox> cc,
                       String subject, String text, String html,
                       List<Attachment> attachments, List<String> headerLines, int size) {

    record Mailbox(String name, String address) {

        String display() {
            return name.isEmpty() ? address : name + " <" + address + ">";
        }
    }

    /** {@code partId} is the part's position in the MIME tree ("2", "1.2"), as Mailpit numbers parts. */
    record Attachment(String partId, String fileName, String contentType, int size, byte[] content) {
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    static CapturedMessage parse(String id, Instant created, byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Bodies bodies = new Bodies();
            collect(message, "", bodies);
            List<String> headerLines = Collections.list(message.getAllHeaderLines());
            List<Mailbox> from = mailboxes(message, "From");
            return new CapturedMessage(id, created,
                    from.isEmpty() ? new Mailbox("", "") : from.get(0),
                    mailboxes(message, "To"), mailboxes(message, "Cc"),
                    Optional.ofNullable(message.getSubject()).orElse(""),
                    Optional.ofNullable(bodies.text).orElse(""), Optional.ofNullable(bodies.html).orElse(""),
                    List.copyOf(bodies.attachments), List.copyOf(headerLines), raw.length);
        } catch (MessagingException | IOException e) {
            // A message jakarta.mail cannot read is still shown, raw, rather than hidden.
            return new CapturedMessage(id, created, new Mailbox("", ""), List.of(), List.of(),
                    "(unreadable message: " + e.getMessage() + ")",
                    new String(raw, StandardCharsets.UTF_8), "", List.of(), List.of(), raw.length);
        }
    }

    Optional<Attachment> attachment(String partId) {
        return attachments.stream().filter(a -> a.partId().equals(partId)).findFirst();
    }

    private static final class Bodies {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();
    }

    private static void collect(Part part, String path, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, path.isEmpty() ? String.valueOf(i + 1) : path + "." + (i + 1), bodies);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attached && part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = textOf(part);
        } else if (!attached && part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = textOf(part);
        } else {
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = in.readAllBytes();
            }
            bodies.attachments.add(new Attachment(path.isEmpty() ? "1" : path, fileName(part),
                    baseType(part.getContentType()), content.length, content));
        }
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (IOException | RuntimeException e) {
            // An unknown charset: fall through and show the bytes as UTF-8.
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (IOException e) {
            return name;
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    /** Lenient: a malformed address header from a buggy sender should not hide the message. */
    private static List<Mailbox> mailboxes(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        if (values == null) {
            return List.of();
        }
        List<Mailbox> result = new ArrayList<>();
        for (String value : values) {
            try {
                for (Address address : InternetAddress.parseHeader(MimeUtility.unfold(value), false)) {
                    if (address instanceof InternetAddress internet) {
                        result.add(new Mailbox(Optional.ofNullable(internet.getPersonal()).orElse(""),
                                Optional.ofNullable(internet.getAddress()).orElse("")));
                    }
                }
            } catch (MessagingException e) {
                result.add(new Mailbox("", value));
            }
        }
        return List.copyOf(result);
    }
}
