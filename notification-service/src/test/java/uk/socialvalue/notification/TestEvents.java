package uk.socialvalue.notification;

import uk.socialvalue.support.test.TestLinkKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.EventPublisher;
import uk.socialvalue.support.test.Unique;

/** Makes membership events and publishes them to the real broker, as membership-service's relay would. */
@TestComponent
public class TestEvents extends EventPublisher {

    public static final OrganisationSummary SALFORD = Councils.SALFORD;

    TestEvents(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        super(kafka, codec);
    }

    /** A fresh address, so that tests sharing the mail server never see each other's mail. */
    public static String address(String name) {
        return Unique.email(name, "salford.example");
    }

    public static MembershipApplied applied(String email) {
        return applied(UUID.randomUUID().toString(), "Ada Lovelace", email);
    }

    public static MembershipApplied applied(String organisationId, String name, String email) {
        return applied(organisationId, name, email, Instant.now());
    }

    /** An application made at {@code occurredAt}, which may be long before it is delivered. */
    public static MembershipApplied applied(String organisationId, String name, String email, Instant occurredAt) {
        return new MembershipApplied(UUID.randomUUID().toString(), occurredAt, organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), name, email), "LOCAL_AUTHORITY");
    }

    /** A welcome with its link sealed, as membership-service publishes it. */
    public static PasswordSetupRequested welcome(String email, String setupUrl) {
        return new PasswordSetupRequested(UUID.randomUUID().toString(), Instant.now(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "Salford", "Ada Lovelace", email,
                PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED, TestLinkKeys.get().seal(setupUrl), Instant.now().plusSeconds(72 * 3600));
    }

    public static MembershipRenewalDue renewalDue(String organisationId, String email) {
        return new MembershipRenewalDue(UUID.randomUUID().toString(), Instant.now(), organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), "Ada Lovelace", email), LocalDate.of(2027, 3, 31), 30);
    }

    public static MembershipLapsed lapsed(String organisationId, String email) {
        return new MembershipLapsed(UUID.randomUUID().toString(), Instant.now(), organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), "Ada Lovelace", email));
    }
}
