package uk.socialvalue.membership.workinggroup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the working-group API, and the RSVP pages the way a browser does, for integration tests. */
final class WorkingGroupApi {

    private final ApiClient api;
    private final String baseUrl;
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WorkingGroupApi(int port) {
        this.api = ApiClient.onPort(port);
        this.baseUrl = "http://localhost:" + port;
    }

    ApiClient api() {
        return api;
    }

    /** A North West group with a name of its own. */
    String northWestGroup(String admin) {
        Response created = api.post("/api/working-groups", Map.of("name", "North West councils " + unique(),
                "kind", "REGIONAL", "region", "North West", "description", "Officers of North West councils"), admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("/id");
    }

    /** A meeting a month from now at a venue with an online link too. */
    String meeting(String admin, String groupId) {
        Instant startsAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Response scheduled = api.post("/api/working-groups/" + groupId + "/meetings", meetingRequest(
                startsAt.toString(), startsAt.plus(2, ChronoUnit.HOURS).toString(), "Salford Civic Centre",
                "https://meet.example/nw"), admin);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.text("/id");
    }

    static Map<String, Object> meetingRequest(String startsAt, String endsAt, String venue, String onlineUrl) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", "Social value in adult social care procurement");
        request.put("agenda", "1. Welcome\n2. Themes, outcomes and measures");
        request.put("startsAt", startsAt);
        request.put("endsAt", endsAt);
        request.put("venue", venue);
        request.put("onlineUrl", onlineUrl);
        return request;
    }

    int issue(String admin, String meetingId) {
        Response issued = api.post("/api/meetings/" + meetingId + "/invitations", null, admin);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json().get("invited").asInt();
    }

    JsonNode invitations(String admin, String meetingId) {
        Response list = api.get("/api/meetings/" + meetingId + "/invitations", admin);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    /** The meeting's invitations to contacts of the given organisations. */
    List<JsonNode> invitationsOf(String admin, String meetingId, List<String> organisationIds) {
        return invitations(admin, meetingId).get("items").valueStream()
                .filter(item -> organisationIds.contains(item.get("organisationId").asString()))
                .toList();
    }

    /** An organisation that applied and was approved, without signing anyone in. */
    Approved approvedCouncil(String admin, String gssCode) {
        String email = "officer-" + unique() + "@council.example";
        String organisationId = applied(gssCode, email);
        Response approval = api.post("/api/organisations/" + organisationId + "/approval", null, admin);
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        return new Approved(organisationId, email);
    }

    String applied(String gssCode, String email) {
        Response applied = api.post("/api/applications", Map.of(
                "organisation", Map.of("type", "LOCAL_AUTHORITY", "gssCode", gssCode),
                "contact", Map.of("name", "Ada Officer", "email", email, "jobTitle", "Procurement lead"),
                "membershipType", "LOCAL_AUTHORITY"), null);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.text("/organisationId");
    }

    record Approved(String organisationId, String email) {
    }

    /** Opens a page as a browser (or a mail filter) would. */
    Page open(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    /** Presses a button of a form on a page. */
    Page submit(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Page(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static String unique() {
        return Unique.suffix();
    }
}
