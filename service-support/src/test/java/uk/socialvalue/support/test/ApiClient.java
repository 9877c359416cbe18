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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
