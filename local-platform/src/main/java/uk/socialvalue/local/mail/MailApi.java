package uk.socialvalue.local.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Mailpit's REST API that tests and tools use, with Mailpit's field names, so one test
 * harness works against this catcher and against Mailpit in docker-compose.
 */
final class MailApi implements HttpHandler {

    private static final Pattern MESSAGE = Pattern.compile("/api/v1/message/([^/]+)");
    private static final Pattern PART = Pattern.compile("/api/v1/message/([^/]+)/part/([^/]+)");
    private static final Pattern RAW = Pattern.compile("/api/v1/message/([^/]+)/raw");
    private static final int DEFAULT_LIMIT = 50;

    record Mailbox(@JsonProperty("Name") String name, @JsonProperty("Address") String address) {

        static Mailbox of(CapturedMessage.Mailbox mailbox) {
            return new Mailbox(mailbox.name(), mailbox.address());
        }

        static List<Mailbox> of(List<CapturedMessage.Mailbox> mailboxes) {
            return mailboxes.stream().map(Mailbox::of).toList();
        }
    }

    record Summary(@JsonProperty("ID") String id, @JsonProperty("From") Mailbox from,
                   @JsonProperty("To") List<Mailbox> to, @JsonProperty("Cc") List<Mailbox> cc,
                   @JsonProperty("Subject") String subject, @JsonProperty("Created") String created,
                   @JsonProperty("Size") int size, @JsonProperty("Attachments") int attachments) {
    }

    record Page(@JsonProperty("total") int total, @JsonProperty("messages_count") int messagesCount,
                @JsonProperty("start") int start, @JsonProperty("messages") List<Summary> messages) {
    }

    record Attachment(@JsonProperty("PartID") String partId, @JsonProperty("FileName") String fileName,
                      @JsonProperty("ContentType") String contentType, @JsonProperty("Size") int size) {
    }

    record Detail(@JsonProperty("ID") String id, @JsonProperty("From") Mailbox from,
                  @JsonProperty("To") List<Mailbox> to, @JsonProperty("Cc") List<Mailbox> cc,
                  @JsonProperty("Subject") String subject, @JsonProperty("Date") String date,
                  @JsonProperty("Text") String text, @JsonProperty("HTML") String html,
                  @JsonProperty("Attachments") List<Attachment> attachments, @JsonProperty("Size") int size) {
    }

    private final MailStore store;
    private final JsonMapper json = JsonMapper.builder().build();

    MailApi(MailStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher part = PART.matcher(path);
            Matcher raw = RAW.matcher(path);
            Matcher message = MESSAGE.matcher(path);
            if (path.equals("/api/v1/messages") && method.equals("GET")) {
                sendJson(exchange, list(HttpResponses.queryParameters(exchange)));
            } else if (path.equals("/api/v1/messages") && method.equals("DELETE")) {
                delete(exchange);
                HttpResponses.send(exchange, 200, "text/plain; charset=utf-8", "ok".getBytes(StandardCharsets.UTF_8));
            } else if (part.matches() && method.equals("GET")) {
                sendPart(exchange, part.group(1), part.group(2));
            } else if (raw.matches() && method.equals("GET")) {
                sendRaw(exchange, raw.group(1));
            } else if (message.matches() && method.equals("GET")) {
                store.find(message.group(1)).ifPresentOrElse(
                        found -> sendJson(exchange, detail(found)),
                        () -> HttpResponses.notFound(exchange, "message not found"));
            } else {
                HttpResponses.notFound(exchange, "not found");
            }
        } catch (RuntimeException e) {
            HttpResponses.serverError(exchange, e);
        }
    }

    private Page list(Map<String, String> query) {
        int total = store.count();
        int start = Math.max(0, parse(query.get("start"), 0));
        int limit = parse(query.get("limit"), DEFAULT_LIMIT);
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
        List<Summary> page = store.idsNewestFirst(start, limit).stream()
                .flatMap(id -> store.find(id).stream())
                .map(m -> new Summary(m.id(), Mailbox.of(m.from()), Mailbox.of(m.to()), Mailbox.of(m.cc()),
                        m.subject(), m.created().toString(), m.size(), m.attachments().size()))
                .toList();
        return new Page(total, total, start, page);
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Detail detail(CapturedMessage m) {
        return new Detail(m.id(), Mailbox.of(m.from()), Mailbox.of(m.to()), Mailbox.of(m.cc()), m.subject(),
                m.created().toString(), m.text(), m.html(),
                m.attachments().stream()
                        .map(a -> new Attachment(a.partId(), a.fileName(), a.contentType(), a.size()))
                        .toList(),
                m.size());
    }

    /** Mailpit deletes the listed IDs when a body names them, and everything otherwise. */
    private void delete(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode ids = body.length == 0 ? null : json.readTree(body).get("IDs");
        if (ids != null && ids.isArray() && !ids.isEmpty()) {
            ids.forEach(id -> store.delete(id.asString()));
        } else {
            store.deleteAll();
        }
    }

    private void sendPart(HttpExchange exchange, String id, String partId) {
        store.find(id).flatMap(m -> m.attachment(partId)).ifPresentOrElse(
                attachment -> HttpResponses.sendDownload(exchange, attachment.contentType(),
                        attachment.fileName().isEmpty() ? "part-" + attachment.partId() : attachment.fileName(),
                        attachment.content()),
                () -> HttpResponses.notFound(exchange, "part not found"));
    }

    private void sendRaw(HttpExchange exchange, String id) {
        store.raw(id).ifPresentOrElse(
                bytes -> HttpResponses.send(exchange, 200, "text/plain; charset=utf-8", bytes),
                () -> HttpResponses.notFound(exchange, "message not found"));
    }

    private void sendJson(HttpExchange exchange, Object body) {
        HttpResponses.send(exchange, 200, "application/json", json.writeValueAsBytes(body));
    }
}
