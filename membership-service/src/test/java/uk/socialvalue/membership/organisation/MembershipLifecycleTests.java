package uk.socialvalue.membership.organisation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.MembershipEnteredGrace;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.MembershipStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.membership.organisation.OrganisationTests.LINK;
import static uk.socialvalue.membership.organisation.OrganisationTests.NOW;
import static uk.socialvalue.membership.organisation.OrganisationTests.application;
import static uk.socialvalue.membership.organisation.OrganisationTests.stored;

/** The daily job's rules for one membership: reminders, grace and lapsing. Ends on 2027-11-25. */
class MembershipLifecycleTests {

    static final Period GRACE = Period.ofDays(30);
    static final List<Integer> REMINDERS = List.of(60, 30, 7);
    static final LocalDate ENDS_ON = LocalDate.parse("2027-11-25");

    @Test
    void sendsEachRenewalReminderOnceHoweverOftenTheJobRuns() {
        Organisation salford = active();

        boolean first = salford.advance(ENDS_ON.minusDays(60), NOW, GRACE, REMINDERS);
        boolean again = salford.advance(ENDS_ON.minusDays(60), NOW, GRACE, REMINDERS);
        boolean nextDay = salford.advance(ENDS_ON.minusDays(59), NOW, GRACE, REMINDERS);

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(nextDay).isFalse();
        assertThat(salford.events()).singleElement().isInstanceOfSatisfying(MembershipRenewalDue.class, due -> {
            assertThat(due.daysBefore()).isEqualTo(60);
            assertThat(due.endsOn()).isEqualTo(ENDS_ON);
        });
    }

    @Test
    void remembersTheRemindersSentAcrossReloads() {
        Organisation salford = active();
        salford.advance(ENDS_ON.minusDays(30), NOW, GRACE, REMINDERS);

        Organisation reloaded = stored(salford);

        assertThat(reloaded.advance(ENDS_ON.minusDays(30), NOW, GRACE, REMINDERS)).isFalse();
        assertThat(reloaded.advance(ENDS_ON.minusDays(7), NOW, GRACE, REMINDERS)).isTrue();
        assertThat(reloaded.events()).singleElement().isInstanceOfSatisfying(MembershipRenewalDue.class,
                due -> assertThat(due.daysBefore()).isEqualTo(7));
    }

    @Test
    void aJobThatMissedDaysSendsOnlyTheNearestReminder() {
        Organisation salford = active();

        salford.advance(ENDS_ON.minusDays(20), NOW, GRACE, REMINDERS);

        assertThat(salford.events()).singleElement().isInstanceOfSatisfying(MembershipRenewalDue.class,
                due -> assertThat(due.daysBefore()).isEqualTo(30));
        assertThat(salford.remindersSent()).containsExactlyInAnyOrder(60, 30);
    }

    @Test
    void entersGraceTheDayAfterTheEndDateAndStillCounts() {
        Organisation salford = active();

        assertThat(salford.advance(ENDS_ON, NOW, GRACE, REMINDERS)).isTrue(); // the 7-day reminder, late
        assertThat(salford.status()).isEqualTo(MembershipStatus.ACTIVE);
        salford.advance(ENDS_ON.plusDays(1), NOW, GRACE, REMINDERS);

        assertThat(salford.status()).isEqualTo(MembershipStatus.GRACE);
        assertThat(salford.status().isMember()).isTrue();
        assertThat(salford.events()).last().isInstanceOfSatisfying(MembershipEnteredGrace.class, grace -> {
            assertThat(grace.endedOn()).isEqualTo(ENDS_ON);
            assertThat(grace.graceEndsOn()).isEqualTo(ENDS_ON.plusDays(30));
        });
    }

    @Test
    void lapsesWhenTheGracePeriodRunsOut() {
        Organisation salford = active();
        salford.advance(ENDS_ON.plusDays(1), NOW, GRACE, REMINDERS);

        assertThat(salford.advance(ENDS_ON.plusDays(30), NOW, GRACE, REMINDERS)).isFalse();
        assertThat(salford.advance(ENDS_ON.plusDays(31), NOW, GRACE, REMINDERS)).isTrue();

        assertThat(salford.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(salford.isOpen()).as("a lapsed council may apply again").isFalse();
        assertThat(salford.events()).last().isInstanceOf(MembershipLapsed.class);
    }

    @Test
    void aLongSilenceGoesThroughGraceToLapsedInOneRun() {
        Organisation salford = active();

        salford.advance(ENDS_ON.plusDays(100), NOW, GRACE, REMINDERS);

        assertThat(salford.status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(salford.events()).hasAtLeastOneElementOfType(MembershipEnteredGrace.class)
                .last().isInstanceOf(MembershipLapsed.class);
    }

    @Test
    void renewingInGraceExtendsFromTheOldEndDateAndRemindsAfresh() {
        Organisation salford = active();
        salford.advance(ENDS_ON.minusDays(7), NOW, GRACE, REMINDERS);
        salford.advance(ENDS_ON.plusDays(10), NOW, GRACE, REMINDERS);

        salford.renew(NOW);

        assertThat(salford.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(salford.endsOn()).isEqualTo(ENDS_ON.plusMonths(12));
        assertThat(salford.remindersSent()).isEmpty();
        assertThat(salford.advance(ENDS_ON.plusMonths(12).minusDays(60), NOW, GRACE, REMINDERS)).isTrue();
    }

    @Test
    void leavesApplicationsAlone() {
        Organisation pending = stored(application());

        assertThat(pending.advance(ENDS_ON.plusDays(400), NOW, GRACE, REMINDERS)).isFalse();
        assertThat(pending.status()).isEqualTo(MembershipStatus.PENDING_APPROVAL);
    }

    /** Approved on 2026-11-25, so it ends on 2027-11-25; loaded afresh with no events pending. */
    static Organisation active() {
        Organisation organisation = stored(application());
        organisation.approve(LocalDate.parse("2026-11-25"), NOW, LINK);
        return stored(organisation);
    }
}
