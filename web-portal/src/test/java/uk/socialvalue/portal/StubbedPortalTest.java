package uk.socialvalue.portal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a random port over real HTTP, the three services replaced by one {@link StubServices}, for the
 * fast web-layer test classes. They extend this, so they share its configuration and with it one Spring context
 * and one stub for the whole test JVM; each test starts with the stub's answers reset to a signed-in council's
 * basics (Salford, its organisation and the register) and a fresh client without a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StubbedPortalTest {

    static final StubServices services = StubServices.forTheTestJvm();

    static final String SALFORD = "org-salford";
    static final String CONTACT_TOKEN = StubServices.token("person-ada", SALFORD, "ORG_ADMIN", "Ada Lovelace",
            "ada@salford.example");
    static final String ADMIN_TOKEN = StubServices.token("person-admin", null, "ADMIN", "Admin", "admin@svuk.local");

    @LocalServerPort
    int port;

    PortalClient portal;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("svuk.portal.services.membership-url", services::url);
        registry.add("svuk.portal.services.training-url", services::url);
        registry.add("svuk.portal.services.notification-url", services::url);
    }

    @BeforeEach
    void stubTheBasicsAndStartWithoutASession() {
        services.reset();
        services.answer("GET", "/api/membership-types", 200, """
                [{"code":"LOCAL_AUTHORITY","name":"Local authority","audience":"ORGANISATION",
                  "annualFee":{"net":"1500.00","vat":"300.00","gross":"1800.00","currency":"GBP"}}]""");
        services.answer("GET", "/api/councils", 200, """
                [{"gssCode":"E08000006","name":"Salford","type":"Metropolitan district","region":"North West"}]""");
        // The portal keeps reference data for an hour, so every test of the JVM is given the same.
        services.answer("GET", "/api/regions", 200, "[\"North West\",\"Wales\"]");
        services.answer("GET", "/api/organisations/" + SALFORD, 200, """
                {"id":"org-salford","name":"Salford","type":"LOCAL_AUTHORITY","sector":"LOCAL_GOVERNMENT",
                 "status":"ACTIVE","region":"North West","gssCode":"E08000006","membershipType":"LOCAL_AUTHORITY",
                 "appliedAt":"2026-01-05T10:00:00Z","membershipStartsOn":"2026-01-06","membershipEndsOn":"2027-01-05",
                 "contacts":[{"personId":"person-ada","name":"Ada Lovelace","email":"ada@salford.example",
                   "jobTitle":"Procurement lead","role":"PRIMARY","workingGroupInvitations":true}],
                 "formerContacts":[],"history":[]}""");
        portal = new PortalClient(port);
    }

    /** Signs in afresh (a new client, as a new browser) with the token membership-service is stubbed to issue. */
    PortalClient.Page signInWith(String token) {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(token));
        portal = new PortalClient(port);
        return portal.signIn("someone@example.org", "a long enough password");
    }
}
