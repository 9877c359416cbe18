package uk.socialvalue.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.support.test.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description is public and documents the admin and unsubscribe endpoints. */
@NotificationIntegrationTest
class ApiDocumentationTests {

    @Autowired
    ApiClient http;

    @Test
    void documentsTheApiWithoutAToken() {
        var response = http.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("/api/notifications", "/api/notifications/{id}/resend",
                "/api/unsubscribe/{token}");
    }

    @Test
    void reportsHealthWithoutAToken() {
        var response = http.get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
