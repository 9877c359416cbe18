package uk.socialvalue.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.OutgoingEvent;

/** Makes membership events and publishes them to the real broker, as membership-service's relay would. */
@TestComponent
public class TestEvents {

    public static final OrganisationSummary SALFORD = new OrganisationSummary("Salford", OrganisationType.LOCAL_AUTHORITY,
            "E08000006", "North West");

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;

    TestEvents(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** A fresh address, so that tests sharing the mail server never see each other's mail. */
    public static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@salford.example";
    }

    public static MembershipApplied applied(String email) {
        return applied(UUID.randomUUID().toString(), "Ada Lovelace", email);
    }

    public static MembershipApplied applied(String organisationId, String name, String email) {
        return new MembershipApplied(UUID.randomUUID().toString(), Instant.now(), organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), name, email), "LOCAL_AUTHORITY");
    }

    public static PasswordSetupRequested welcome(String email, String setupUrl) {
        return new PasswordSetupRequested(UUID.randomUUID().toString(), Instant.now(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "Salford", "Ada Lovelace", email,
                PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED, setupUrl, Instant.now().plusSeconds(72 * 3600));
    }

    public static MembershipRenewalDue renewalDue(String organisationId, String email) {
        return new MembershipRenewalDue(UUID.randomUUID().toString(), Instant.now(), organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), "Ada Lovelace", email), LocalDate.of(2027, 3, 31), 30);
    }

    public static MembershipLapsed lapsed(String organisationId, String email) {
        return new MembershipLapsed(UUID.randomUUID().toString(), Instant.now(), organisationId, SALFORD,
                new ContactSummary(UUID.randomUUID().toString(), "Ada Lovelace", email));
    }

    /** Publishes the event and waits for the broker's acknowledgement. */
    public void publish(IntegrationEvent event) {
        send(codec.toRecord(OutgoingEvent.of(event, codec)));
    }

    /** Publishes a raw record, for records no well-behaved producer would write. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + record, e);
        }
    }
}
