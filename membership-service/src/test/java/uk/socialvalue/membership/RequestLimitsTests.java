package uk.socialvalue.membership;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request can make a service hold more than it should: a body over 256 KB is refused with a 413 (before it
 * is read, or as soon as reading it passes the limit), JSON nested too deeply or with a very long string with a
 * 400, each a problem detail; the service goes on answering as before.
 */
@MembershipIntegrationTest
class RequestLimitsTests {

    static final int LIMIT = 256 * 1024;

    @LocalServerPort
    int port;

    @Test
    void refusesABodyLargerThanTheLimitWith413() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(applications())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(application("x".repeat(LIMIT + 1)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("larger than 256 KB");
        assertStillAnswers();
    }

    @Test
    void refusesAChunkedBodyAsSoonAsItGrowsPastTheLimit() throws Exception {
        // No Content-Length: the body arrives in chunks and is only found too large while being read.
        byte[] start = "{\"notes\": [\"".getBytes(StandardCharsets.UTF_8);
        byte[] filler = String.join("\", \"", Collections.nCopies(LIMIT / 100, "y".repeat(100)))
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "\"]}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(applications())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new SequenceInputStream(new ByteArrayInputStream(start), new ByteArrayInputStream(filler)),
                        new ByteArrayInputStream(end)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("Request too large");
        assertStillAnswers();
    }

    @Test
    void refusesJsonNestedDeeperThanTheLimitWith400() {
        String nested = "[".repeat(40) + "]".repeat(40);

        Response response = api().post("/api/applications", "{\"notes\": " + nested + "}", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("too deeply");
    }

    @Test
    void refusesAStringLongerThanTheLimitWith400() {
        Response response = api().post("/api/applications", application("z".repeat(60_000)), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("too long");
    }

    private void assertStillAnswers() {
        assertThat(api().get("/api/membership-types", null).status()).isEqualTo(200);
    }

    private static String application(String contactName) {
        return "{\"organisation\": {\"type\": \"LOCAL_AUTHORITY\", \"gssCode\": \"E08000006\"},"
                + " \"contact\": {\"name\": \"" + contactName + "\", \"email\": \"limits@salford.example\","
                + " \"jobTitle\": \"Officer\"}, \"membershipType\": \"LOCAL_AUTHORITY\"}";
    }

    private URI applications() {
        return URI.create("http://localhost:" + port + "/api/applications");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
