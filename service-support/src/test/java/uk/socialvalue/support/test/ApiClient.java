package uk.socialvalue.support.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client for driving a running service the way a portal or a script would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One client for every {@code ApiClient} of the JVM, so requests reuse its threads and kept-alive connections:
     * tests make an {@code ApiClient} per request, and a client of its own each time started two or three threads
     * and opened a connection for every request. HTTP/1.1, as the services speak it (no h2c upgrade offered).
     * Test JVMs drop its idle connections after 20 s, before Tomcat does (the root pom's
     * {@code jdk.httpclient.keepalive.timeout}).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** A GET asking for the given media type, as for a CSV export ({@code text/csv}). */
    public Response get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    public Response post(String path, Object body, String token) {
        String json = body == null ? "" : body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST without a body, as for commands such as {@code /resend}. */
    public Response post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A form POST, as a browser or a mailbox provider (RFC 8058 one-click unsubscribe) sends it. */
    public Response postForm(String path, String form) {
        return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response put(String path, Object body, String token) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PATCH with a JSON merge patch, as for rescheduling. */
    public Response patch(String path, Object body, String token) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET of a document such as a PDF: the status, the content type and the bytes. */
    public Download download(String path, String token) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, token).setHeader("Accept", "application/pdf, */*")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a download brought back. */
    public record Download(int status, String contentType, byte[] body) {
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/html;q=0.9");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String location, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** A text field of the JSON body, by JSON Pointer such as {@code /organisationId}. */
        public String text(String pointer) {
            return json().at(pointer).asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
