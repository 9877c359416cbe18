package uk.socialvalue.membership.organisation.lifecycle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.organisation.LifecycleRun;
import uk.socialvalue.membership.organisation.MembershipProperties;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.domain.RetryPolicy;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.outbox.OutboxRelay;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

@MembershipIntegrationTest
class MembershipLifecycleJobTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    MembershipLifecycleJob job;

    @Autowired
    Organisations organisations;

    @Autowired
    OutboxRelay relay;

    @Autowired
    Accounts accounts;

    @Autowired
    CouncilRegister register;

    @Autowired
    MembershipProperties properties;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void sendsEachReminderOnceThenMovesTheMembershipIntoGraceAndLapse() {
        String york = new Members(port, kafka, codec).approvedCouncil("E06000014").organisationId();
        LocalDate endsOn = organisations.byId(york).orElseThrow().endsOn();

        runTwiceOn(endsOn.minusDays(60));
        runTwiceOn(endsOn.minusDays(30));
        runTwiceOn(endsOn.minusDays(7));
        runTwiceOn(endsOn.plusDays(1));
        assertThat(organisations.byId(york).orElseThrow().status()).isEqualTo(MembershipStatus.GRACE);
        runTwiceOn(endsOn.plusDays(31));
        assertThat(organisations.byId(york).orElseThrow().status()).isEqualTo(MembershipStatus.LAPSED);

        relay.publishPending();
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_ORGANISATIONS))) {
            consumer.awaitRecord(KafkaTestConsumer.ofType("membership.MembershipLapsed.v1").and(r -> york.equals(r.key())));
            // The approval's invoice publishes its own event, from the invoice's document, whenever it is issued.
            var types = consumer.records(r -> york.equals(r.key())).stream()
                    .map(r -> new String(r.headers().lastHeader("ce_type").value()))
                    .filter(type -> !type.equals("membership.MembershipInvoiceIssued.v1")).toList();
            assertThat(types).containsExactly("membership.MembershipApplied.v1", "membership.MembershipActivated.v1",
                    "membership.MembershipRenewalDue.v1", "membership.MembershipRenewalDue.v1",
                    "membership.MembershipRenewalDue.v1", "membership.MembershipEnteredGrace.v1",
                    "membership.MembershipLapsed.v1");
        }
    }

    @Test
    void carriesOnPastAnOrganisationThatOthersKeepChangingAndLeavesItForTheNextRun() {
        Members members = new Members(port, kafka, codec);
        List<String> councils = List.of(members.approvedCouncil("E06000011").organisationId(),
                members.approvedCouncil("E06000012").organisationId(),
                members.approvedCouncil("E06000013").organisationId());
        String contested = councils.get(1);
        LocalDate dayAfterTheEnd = organisations.byId(contested).orElseThrow().endsOn().plusDays(1);
        clock.setTo(dayAfterTheEnd.atTime(LocalTime.of(1, 30)).atZone(UkTime.ZONE).toInstant());
        Memberships losingEveryRace = new Memberships(alwaysConflicting(contested), accounts, register, properties,
                new Retry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(1))),
                clock);

        LifecycleRun run = losingEveryRace.advanceLifecycle(dayAfterTheEnd);

        assertThat(run.conflicting()).containsExactly(contested);
        assertThat(councils).extracting(id -> organisations.byId(id).orElseThrow().status())
                .containsExactly(MembershipStatus.GRACE, MembershipStatus.ACTIVE, MembershipStatus.GRACE);
        job.run();
        assertThat(organisations.byId(contested).orElseThrow().status()).as("the next run picks it up")
                .isEqualTo(MembershipStatus.GRACE);
    }

    /** The organisations as stored, except that every save of one of them loses to another writer. */
    private Organisations alwaysConflicting(String organisationId) {
        return (Organisations) Proxy.newProxyInstance(Organisations.class.getClassLoader(),
                new Class<?>[] {Organisations.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("save") && ((Organisation) arguments[0]).id().equals(organisationId)) {
                        throw new ConcurrentUpdate("Organisation", organisationId);
                    }
                    try {
                        return method.invoke(organisations, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void runTwiceOn(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(1, 30)).atZone(UkTime.ZONE).toInstant());
        job.run();
        job.run();
    }
}
