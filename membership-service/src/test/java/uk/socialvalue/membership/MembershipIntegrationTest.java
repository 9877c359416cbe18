package uk.socialvalue.membership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import uk.socialvalue.support.test.MutableClockConfiguration;
import uk.socialvalue.support.test.ServiceIntegrationTest;

/**
 * membership-service started whole against a real broker and store, with a known first administrator and
 * a {@link uk.socialvalue.support.test.MutableClock} that tests may move (and must reset).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = {
        "svuk.bootstrap-admin.email=" + MembershipIntegrationTest.ADMIN_EMAIL,
        "svuk.bootstrap-admin.password=" + MembershipIntegrationTest.ADMIN_PASSWORD,
        "svuk.events.relay-interval=100ms",
        "svuk.auth.signing-key-file=target/test-jwt-signing-keys.json",
        "svuk.auth.issuer=" + MembershipIntegrationTest.ISSUER,
        "svuk.links.base-url=" + MembershipIntegrationTest.LINKS,
        "svuk.membership.invoicing.vat-number=" + MembershipIntegrationTest.VAT_NUMBER,
        // Tests apply and sign in by the hundred from one address; ThrottlingTests give themselves addresses.
        "svuk.throttling.sign-ins-per-address=100000 per 1m",
        "svuk.throttling.applications-per-address=100000 per 1m",
        "svuk.throttling.password-resets-per-address=3 per 15m"})
public @interface MembershipIntegrationTest {

    String ADMIN_EMAIL = "admin@svuk.test";
    String ADMIN_PASSWORD = "test-admin-password";
    String ISSUER = "http://localhost:8081";
    String LINKS = "http://localhost:8080";
    String VAT_NUMBER = "GB 999 9999 73";
}
