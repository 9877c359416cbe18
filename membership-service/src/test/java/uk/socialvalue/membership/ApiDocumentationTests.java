package uk.socialvalue.membership;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document a portal team builds against: public, complete, with the bearer scheme. */
@MembershipIntegrationTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    void describesThePublicContractWithTheBearerScheme() {
        Response docs = ApiClient.onPort(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text("/info/title")).isEqualTo("SVUK membership-service");
        assertThat(docs.text("/components/securitySchemes/bearer/scheme")).isEqualTo("bearer");
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/applications", "/api/auth/token",
                "/api/organisations", "/api/organisations/{id}/contacts", "/api/working-groups",
                "/api/meetings/{id}/invitations", "/api/invitations/{token}/response", "/api/reports/regions");
    }
}
