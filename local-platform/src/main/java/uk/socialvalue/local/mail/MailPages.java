package uk.socialvalue.local.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages a person reads: every captured message, newest first, and one page per message with its
 * headers, the HTML body in a sandboxed frame, the text body and the attachments. Every value that
 * came from a message is escaped: mail is written by whoever sent it.
 */
final class MailPages implements HttpHandler {

    private static final Pattern MESSAGE = Pattern.compile("/messages/([^/]+)");
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
            th{background:#f4f4f4}a{color:#0b57d0}pre{white-space:pre-wrap;background:#f7f7f7;padding:.8rem;border:1px solid #ddd}
            iframe{width:100%;height:32rem;border:1px solid #ccc;background:#fff}.muted{color:#666}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}
            """;

    private final MailStore store;

    MailPages(MailStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher message = MESSAGE.matcher(path);
            if (!exchange.getRequestMethod().equals("GET")) {
                HttpResponses.send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                HttpResponses.sendHtml(exchange, 200, listPage());
            } else if (message.matches()) {
                store.find(message.group(1)).ifPresentOrElse(
                        found -> HttpResponses.sendHtml(exchange, 200, messagePage(found)),
                        () -> HttpResponses.sendHtml(exchange, 404, page("Not found", "<p>No such message.</p>"
                                + "<p><a href=\"/\">All messages</a></p>")));
            } else {
                HttpResponses.notFound(exchange, "not found");
            }
        } catch (RuntimeException e) {
            HttpResponses.serverError(exchange, e);
        }
    }

    private String listPage() {
        List<CapturedMessage> messages = store.idsNewestFirst().stream().flatMap(id -> store.find(id).stream()).toList();
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"muted\">").append(messages.size()).append(" message(s), newest first. ")
                .append("Refreshes every 10 s. JSON: <a href=\"/api/v1/messages\">/api/v1/messages</a></p>");
        if (messages.isEmpty()) {
            body.append("<p>No mail yet. Anything sent to the SMTP port appears here.</p>");
        } else {
            body.append("<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th><th>Attachments</th></tr></thead><tbody>");
            for (CapturedMessage m : messages) {
                body.append("<tr><td>").append(escape(RECEIVED.format(m.created())))
                        .append("</td><td>").append(escape(m.from().display()))
                        .append("</td><td>").append(escape(displayAll(m.to())))
                        .append("</td><td><a href=\"/messages/").append(urlPart(m.id())).append("\">")
                        .append(escape(m.subject().isEmpty() ? "(no subject)" : m.subject())).append("</a>")
                        .append("</td><td>").append(m.attachments().size()).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return page("Captured mail", body.toString()).replace("<head>", "<head><meta http-equiv=\"refresh\" content=\"10\">");
    }

    private String messagePage(CapturedMessage m) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"/\">&larr; All messages</a> &middot; <a href=\"/api/v1/message/")
                .append(urlPart(m.id())).append("/raw\">Raw source</a></p>");
        body.append("<dl>")
                .append("<dt>From</dt><dd>").append(escape(m.from().display())).append("</dd>")
                .append("<dt>To</dt><dd>").append(escape(displayAll(m.to()))).append("</dd>");
        if (!m.cc().isEmpty()) {
            body.append("<dt>Cc</dt><dd>").append(escape(displayAll(m.cc()))).append("</dd>");
        }
        body.append("<dt>Subject</dt><dd>").append(escape(m.subject())).append("</dd>")
                .append("<dt>Received</dt><dd>").append(escape(RECEIVED.format(m.created()))).append("</dd>")
                .append("</dl>");

        body.append("<h2>HTML</h2>");
        if (m.html().isEmpty()) {
            body.append("<p class=\"muted\">No HTML body.</p>");
        } else {
            // An empty sandbox: no scripts, no forms, no same-origin access; srcdoc keeps it off the network.
            body.append("<iframe sandbox referrerpolicy=\"no-referrer\" title=\"HTML body\" srcdoc=\"")
                    .append(escape(m.html())).append("\"></iframe>");
        }
        body.append("<h2>Text</h2>");
        body.append(m.text().isEmpty() ? "<p class=\"muted\">No text body.</p>" : "<pre>" + escape(m.text()) + "</pre>");

        body.append("<h2>Attachments</h2>");
        if (m.attachments().isEmpty()) {
            body.append("<p class=\"muted\">None.</p>");
        } else {
            body.append("<ul>");
            for (CapturedMessage.Attachment a : m.attachments()) {
                String label = a.fileName().isEmpty() ? "part " + a.partId() : a.fileName();
                body.append("<li><a href=\"/api/v1/message/").append(urlPart(m.id())).append("/part/")
                        .append(urlPart(a.partId())).append("\">").append(escape(label)).append("</a> ")
                        .append("<span class=\"muted\">").append(escape(a.contentType())).append(", ")
                        .append(a.size()).append(" bytes</span></li>");
            }
            body.append("</ul>");
        }
        body.append("<h2>Headers</h2><pre>").append(escape(String.join("\n", m.headerLines()))).append("</pre>");
        return page(m.subject().isEmpty() ? "(no subject)" : m.subject(), body.toString());
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(title) + " - SVUK mail catcher</title><style>" + STYLE + "</style></head><body>"
                + "<h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String displayAll(List<CapturedMessage.Mailbox> mailboxes) {
        return mailboxes.stream().map(CapturedMessage.Mailbox::display).collect(Collectors.joining(", "));
    }

    private static String urlPart(String value) {
        return escape(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** Safe in element content and in double- or single-quoted attributes alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
