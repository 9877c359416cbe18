package uk.socialvalue.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import uk.socialvalue.support.test.ApiClient;

import static org.awaitility.Awaitility.await;

/**
 * Reads what the platform emailed, through the mail catcher's Mailpit-compatible API (so it works against
 * Mailpit in docker-compose too), and waits for the email a test expects.
 */
public final class MailCatcherClient {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private final ApiClient api;

    MailCatcherClient(String baseUrl) {
        this.api = new ApiClient(baseUrl);
    }

    /** One captured email. */
    public record Email(String id, List<String> to, String subject, String text, String html,
            List<Attachment> attachments) {

        /** The first link in the text body whose address contains {@code part}. */
        public Optional<String> link(String part) {
            Matcher links = Pattern.compile("https?://\\S+").matcher(text);
            while (links.find()) {
                if (links.group().contains(part)) {
                    return Optional.of(links.group());
                }
            }
            return Optional.empty();
        }

        /** The value of a query parameter of the first link containing {@code part}, decoded. */
        public Optional<String> linkParameter(String part, String parameter) {
            return link(part).map(link -> Pattern.compile("[?&]" + parameter + "=([^&\\s]+)").matcher(link))
                    .filter(Matcher::find)
                    .map(found -> URLDecoder.decode(found.group(1), StandardCharsets.UTF_8));
        }

        public Optional<Attachment> attachment(String fileName) {
            return attachments.stream().filter(attachment -> fileName.equals(attachment.fileName())).findFirst();
        }
    }

    /** A part of an email that is neither its text nor its HTML body, such as a calendar file. */
    public record Attachment(String partId, String fileName, String contentType) {
    }

    /** Waits (up to a minute) for an email to the address that matches, and returns it. */
    public Email awaitEmail(String to, Predicate<Email> matching) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250))
                .until(() -> emailsTo(to).stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for an email to the address whose subject contains the given text. */
    public Email awaitEmail(String to, String subjectContaining) {
        return awaitEmail(to, email -> email.subject().contains(subjectContaining));
    }

    /** How many emails the catcher holds. */
    public long total() {
        return api.get("/api/v1/messages?limit=1", null).json().path("total").asLong();
    }

    /** Every email captured so far to the address, newest first. */
    public List<Email> emailsTo(String to) {
        List<Email> found = new ArrayList<>();
        for (JsonNode summary : api.get("/api/v1/messages?limit=500", null).json().path("messages")) {
            boolean addressed = summary.path("To").valueStream()
                    .anyMatch(recipient -> to.equalsIgnoreCase(recipient.path("Address").asString()));
            if (addressed) {
                found.add(email(api.get("/api/v1/message/" + summary.path("ID").asString(), null).json()));
            }
        }
        return found;
    }

    /** An email as the catcher's list shows it: to whom and with which subject. */
    public record Sent(List<String> to, String subject) {
    }

    /** Every email captured so far, read a page at a time. */
    public List<Sent> everyEmail() {
        List<Sent> all = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        while (all.size() < total) {
            JsonNode page = api.get("/api/v1/messages?start=" + all.size() + "&limit=500", null).json();
            total = page.path("total").asInt();
            List<JsonNode> messages = page.path("messages").valueStream().toList();
            if (messages.isEmpty()) {
                break;
            }
            messages.forEach(message -> all.add(new Sent(message.path("To").valueStream()
                    .map(to -> to.path("Address").asString().toLowerCase(Locale.ROOT)).toList(),
                    message.path("Subject").asString(""))));
        }
        return all;
    }

    /** How many captured emails to each of the addresses have a subject starting with the given text. */
    public Map<String, Long> countsTo(Collection<String> addresses, String subjectStart) {
        Map<String, Long> counts = new LinkedHashMap<>();
        addresses.forEach(address -> counts.put(address.toLowerCase(Locale.ROOT), 0L));
        for (Sent email : everyEmail()) {
            if (email.subject().startsWith(subjectStart)) {
                email.to().stream().filter(counts::containsKey).forEach(to -> counts.merge(to, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** The content of an attachment, as text. */
    public String content(Email email, Attachment attachment) {
        return api.get("/api/v1/message/" + email.id() + "/part/" + attachment.partId(), null).body();
    }

    private static Email email(JsonNode message) {
        return new Email(message.path("ID").asString(),
                message.path("To").valueStream().map(to -> to.path("Address").asString()).toList(),
                message.path("Subject").asString(""), message.path("Text").asString(""),
                message.path("HTML").asString(""),
                message.path("Attachments").valueStream().map(part -> new Attachment(part.path("PartID").asString(),
                        part.path("FileName").asString(""), part.path("ContentType").asString(""))).toList());
    }
}
