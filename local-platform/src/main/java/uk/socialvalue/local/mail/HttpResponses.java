package uk.socialvalue.local.mail;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writing responses with the JDK's HTTP server, with the headers that keep hostile mail contained. */
final class HttpResponses {

    private HttpResponses() {
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) {
        try {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pages are built from escaped text only; the policy is a second wall: no scripts, no remote
     * resources (tracking pixels in mail stay dark), no forms posting anywhere.
     */
    static void sendHtml(HttpExchange exchange, int status, String html) {
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; "
                        + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An attachment is always a download in a sandbox: an HTML or SVG attachment opened from this
     * origin must not run as part of the mail catcher.
     */
    static void sendDownload(HttpExchange exchange, String contentType, String fileName, byte[] content) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + safeName + "\"");
        exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
        send(exchange, 200, contentType, content);
    }

    static void notFound(HttpExchange exchange, String message) {
        send(exchange, 404, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    static void serverError(HttpExchange exchange, RuntimeException e) {
        try {
            send(exchange, 500, "text/plain; charset=utf-8",
                    String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException alreadyStarted) {
            // The response was already under way; the client sees a cut connection instead.
        }
    }

    static Map<String, String> queryParameters(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
