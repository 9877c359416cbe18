package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.engagement.MembershipUpdate.Milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.membership.engagement.Examples.attendance;
import static uk.socialvalue.membership.engagement.Examples.booking;
import static uk.socialvalue.membership.engagement.Examples.membership;
import static uk.socialvalue.membership.engagement.Examples.source;

class OrganisationEngagementTests {

    static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");

    OrganisationEngagement salford = OrganisationEngagement.unknown("org");

    @Test
    void countsAChangeOnceWhenItsRecordIsRedelivered() {
        var change = RecordedFact.first(booking("b1", "org", true, 3, MARCH), source("training.sessions", 7)).change();

        assertThat(salford.count(change)).isTrue();
        assertThat(salford.count(change)).isFalse();

        assertThat(march().bookings()).isEqualTo(1);
        assertThat(march().attendees()).isEqualTo(3);
        assertThat(march().courses().get("SV-PROC").attendees()).isEqualTo(3);
    }

    @Test
    void takesACancelledBookingOutOfTheMonthItWasMadeIn() {
        var made = RecordedFact.first(booking("b1", "org", true, 3, MARCH), source("training.sessions", 1));
        var cancelled = made.after(booking("b1", "org", false, 3, MARCH.plusSeconds(3600 * 24 * 40)),
                source("training.sessions", 2));

        salford.count(made.change());
        salford.count(cancelled.change());

        assertThat(salford.record().months()).isEmpty();
    }

    @Test
    void countsAttendanceAndItsCorrection() {
        var attended = RecordedFact.first(attendance("b1", "org", true, "3.5", YearMonth.of(2025, 3), MARCH),
                source("training.sessions", 1));
        var corrected = attended.after(attendance("b1", "org", false, null, YearMonth.of(2025, 3),
                MARCH.plusSeconds(60)), source("training.sessions", 2));

        salford.count(attended.change());
        assertThat(march().attended()).isEqualTo(1);
        assertThat(march().cpdHours()).isEqualByComparingTo(new BigDecimal("3.5"));

        salford.count(corrected.change());
        assertThat(salford.record().months()).isEmpty();
    }

    @Test
    void appliesAMembershipEventOnlyIfItIsNewerThanTheNewestApplied() {
        var applied = membership(Milestone.APPLIED, MembershipStatus.PENDING_APPROVAL, MARCH);
        var activated = membership(Milestone.ACTIVATED, MembershipStatus.ACTIVE, MARCH.plusSeconds(60));
        var renewed = membership(Milestone.RENEWED, MembershipStatus.ACTIVE, MARCH.plusSeconds(120));

        salford.membership(applied, source("membership.organisations", 1));
        salford.membership(activated, source("membership.organisations", 2));
        salford.membership(renewed, source("membership.organisations", 3));
        boolean republished = salford.membership(renewed, source("membership.organisations", 9));
        boolean stale = salford.membership(activated, source("membership.organisations", 10));

        assertThat(republished).isFalse();
        assertThat(stale).isFalse();
        Membership membership = salford.record().membership();
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(membership.renewals()).isEqualTo(1);
        assertThat(membership.appliedAt()).isEqualTo(MARCH);
        assertThat(membership.memberFrom()).isEqualTo(MARCH.plusSeconds(60));
        assertThat(march().joins()).isEqualTo(1);
        assertThat(march().renewals()).isEqualTo(1);
        assertThat(salford.record().identity()).isEqualTo(Examples.SALFORD);
    }

    @Test
    void endsTheMembershipWhenItLapses() {
        salford.membership(membership(Milestone.ACTIVATED, MembershipStatus.ACTIVE, MARCH), source("m", 1));
        Instant lapsedAt = Instant.parse("2026-04-15T01:30:00Z");
        salford.membership(membership(Milestone.LAPSED, MembershipStatus.LAPSED, lapsedAt), source("m", 2));

        Membership membership = salford.record().membership();
        assertThat(membership.lapses()).isEqualTo(1);
        assertThat(membership.memberUntil()).isEqualTo(lapsedAt);
        assertThat(membership.memberDuring(YearMonth.of(2026, 4))).isTrue();
        assertThat(membership.memberDuring(YearMonth.of(2026, 5))).isFalse();
        assertThat(membership.memberDuring(YearMonth.of(2025, 2))).isFalse();
        assertThat(salford.record().months().get(YearMonth.of(2026, 4)).lapses()).isEqualTo(1);
    }

    @Test
    void forgetsTheMonthsBeforeTheOldestKept() {
        salford.count(RecordedFact.first(booking("b1", "org", true, 1, MARCH), source("t", 1)).change());
        salford.count(RecordedFact.first(booking("b2", "org", true, 1, MARCH.plusSeconds(3600 * 24 * 31)),
                source("t", 2)).change());

        salford.forgetBefore(YearMonth.of(2025, 4));

        assertThat(salford.record().months()).containsOnlyKeys(YearMonth.of(2025, 4));
    }

    @Test
    void putsAnEventInItsUkMonth() {
        assertThat(Window.monthOf(Instant.parse("2025-03-31T23:30:00Z"))).isEqualTo(YearMonth.of(2025, 4));
        assertThat(Window.monthOf(Instant.parse("2025-01-31T23:30:00Z"))).isEqualTo(YearMonth.of(2025, 1));
    }

    private Figures march() {
        return salford.record().months().get(YearMonth.of(2025, 3));
    }
}
