package uk.socialvalue.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

@TrainingIntegrationTest
class ApiDocumentationTests {

    @Autowired
    TrainingFixtures fixtures;

    @Test
    void documentsThePublicContractInOpenApi() {
        Response docs = fixtures.api().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/courses", "/api/sessions",
                "/api/sessions/{id}", "/api/sessions/{sessionId}/bookings", "/api/bookings", "/api/bookings/{id}",
                "/api/bookings/{id}/cancellation", "/api/sessions/{id}/cancellation",
                "/api/member-organisations/{organisationId}");
    }

    @Test
    void servesTheSettingsEveryServiceSharesFromServiceSupport() {
        assertThat(fixtures.api().get("/swagger-ui.html", null).status()).as("Swagger UI at /swagger-ui.html")
                .isBetween(200, 399);
        Response metrics = fixtures.api().get("/actuator/metrics", fixtures.admin());
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        assertThat(fixtures.api().get("/actuator/env", fixtures.admin()).status()).as("not exposed").isEqualTo(404);
    }
}
