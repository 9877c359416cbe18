package uk.socialvalue.membership.engagement;

import tools.jackson.databind.JsonNode;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the engagement API as SVUK staff, a portal or a council's contact would. */
final class EngagementApi {

    private final ApiClient api;

    EngagementApi(int port) {
        this.api = ApiClient.onPort(port);
    }

    JsonNode regions(String token) {
        return ok(api.get("/api/engagement/regions", token));
    }

    JsonNode region(String name, String token) {
        return regions(token).valueStream().filter(row -> row.get("region").asString().equals(name)).findFirst()
                .orElseThrow();
    }

    JsonNode councils(String region, String token) {
        return ok(api.get("/api/engagement/regions/" + region + "/councils", token));
    }

    /** A council's row in its region's table. */
    JsonNode row(String region, String gssCode, String token) {
        return councils(region, token).valueStream().filter(row -> row.get("gssCode").asString().equals(gssCode))
                .findFirst().orElseThrow();
    }

    JsonNode council(String gssCode, String token) {
        return ok(api.get("/api/engagement/councils/" + gssCode, token));
    }

    ApiClient client() {
        return api;
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
