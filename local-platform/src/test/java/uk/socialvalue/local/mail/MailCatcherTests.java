package uk.socialvalue.local.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The catcher over real SMTP and HTTP, read back through the same API shape Mailpit serves. */
class MailCatcherTests {

    private static final String CALENDAR = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SVUK//Training//EN", "METHOD:REQUEST",
            "BEGIN:VEVENT", "UID:session-42@svuk.local", "DTSTAMP:20260101T090000Z",
            "DTSTART:20260301T100000Z", "DTEND:20260301T120000Z", "SUMMARY:Social value basics",
            "END:VEVENT", "END:VCALENDAR", "");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private MailCatcher catcher;
    private int smtpPort;
    private int webPort;

    @BeforeEach
    void startCatcher() throws IOException {
        smtpPort = freePort();
        webPort = freePort();
        catcher = MailCatcher.start(folder, smtpPort, webPort);
    }

    @AfterEach
    void stopCatcher() {
        catcher.close();
    }

    @Test
    void listsCapturedMessagesNewestFirstInMailpitsShape() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        sendPlain("First", "first body");
        sendPlain("Second", "second body");

        JsonNode page = getJson("/api/v1/messages");

        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode newest = page.get("messages").get(0);
        assertThat(newest.get("Subject").asString()).isEqualTo("Second");
        assertThat(page.get("messages").get(1).get("Subject").asString()).isEqualTo("First");
        assertThat(newest.get("ID").asString()).isNotBlank();
        assertThat(newest.get("From").get("Name").asString()).isEqualTo("SVUK Notifications");
        assertThat(newest.get("From").get("Address").asString()).isEqualTo("notifications@svuk.local");
        assertThat(newest.get("To").get(0).get("Name").asString()).isEqualTo("Ada Lovelace");
        assertThat(newest.get("To").get(0).get("Address").asString()).isEqualTo("ada@salford.example");
        assertThat(Instant.parse(newest.get("Created").asString())).isAfter(before);
    }

    @Test
    void showsTheTextHtmlAndCalendarAttachmentOfAMessage() throws Exception {
        sendInvitation("Your booking is confirmed");
        String id = getJson("/api/v1/messages").get("messages").get(0).get("ID").asString();

        JsonNode message = getJson("/api/v1/message/" + id);

        assertThat(message.get("ID").asString()).isEqualTo(id);
        assertThat(message.get("Subject").asString()).isEqualTo("Your booking is confirmed");
        assertThat(message.get("From").get("Address").asString()).isEqualTo("notifications@svuk.local");
        assertThat(message.get("To").get(0).get("Address").asString()).isEqualTo("ada@salford.example");
        assertThat(message.get("Text").asString()).contains("See you on 1 March.");
        assertThat(message.get("HTML").asString()).contains("<p>See you on <b>1 March</b>.</p>");
        JsonNode attachments = message.get("Attachments");
        assertThat(attachments).hasSize(1);
        JsonNode invite = attachments.get(0);
        assertThat(invite.get("FileName").asString()).isEqualTo("invite.ics");
        assertThat(invite.get("ContentType").asString()).isEqualTo("text/calendar");
        assertThat(invite.get("Size").asInt()).isEqualTo(CALENDAR.getBytes(StandardCharsets.UTF_8).length);

        HttpResponse<byte[]> part = http.send(
                HttpRequest.newBuilder(uri("/api/v1/message/" + id + "/part/" + invite.get("PartID").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(new String(part.body(), StandardCharsets.UTF_8)).isEqualTo(CALENDAR);

        String page = getText("/messages/" + id);
        assertThat(page).contains("See you on 1 March.", "invite.ics", "text/calendar", "<iframe sandbox");
    }

    @Test
    void escapesAHostileSubjectOnThePages() throws Exception {
        String hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)>";
        sendPlain(hostile, "</pre><script>alert('body')</script>");
        String id = getJson("/api/v1/messages").get("messages").get(0).get("ID").asString();

        String list = getText("/");
        String message = getText("/messages/" + id);

        assertThat(list).doesNotContain("<script>", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(message).doesNotContain("<script>", "<img src=x", "</pre><script>")
                .contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;");
        assertThat(getJson("/api/v1/message/" + id).get("Subject").asString()).isEqualTo(hostile);
    }

    @Test
    void deletesEveryMessage() throws Exception {
        sendPlain("One", "one");
        sendPlain("Two", "two");

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(uri("/api/v1/messages")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(200);
        JsonNode page = getJson("/api/v1/messages");
        assertThat(page.get("total").asInt()).isZero();
        assertThat(page.get("messages")).isEmpty();
    }

    @Test
    void keepsMessagesAcrossARestart() throws Exception {
        sendInvitation("Kept on disk");
        catcher.close();

        catcher = MailCatcher.start(folder, smtpPort, webPort);

        JsonNode page = getJson("/api/v1/messages");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        String id = page.get("messages").get(0).get("ID").asString();
        assertThat(getJson("/api/v1/message/" + id).get("Attachments")).hasSize(1);
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedId() throws Exception {
        for (String id : new String[] {"0000000000000-abcdef", "..%2F..%2Fetc%2Fpasswd"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/message/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    private void sendPlain(String subject, String text) throws Exception {
        MimeMessage message = newMessage(subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private void sendInvitation(String subject) throws Exception {
        MimeMessage message = newMessage(subject);

        MimeBodyPart text = new MimeBodyPart();
        text.setText("See you on 1 March.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>See you on <b>1 March</b>.</p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);

        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                CALENDAR.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=REQUEST")));
        calendar.setFileName("invite.ics");

        message.setContent(new MimeMultipart("mixed", bodies, calendar));
        Transport.send(message);
    }

    private MimeMessage newMessage(String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("notifications@svuk.local", "SVUK Notifications"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("ada@salford.example", "Ada Lovelace"));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return json.readTree(response.body());
    }

    private String getText(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(catcher.webUrl() + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
