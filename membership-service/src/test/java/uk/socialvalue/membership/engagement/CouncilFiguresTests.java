package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.engagement.MembershipUpdate.Milestone;
import uk.socialvalue.membership.register.Council;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.membership.engagement.Examples.attendance;
import static uk.socialvalue.membership.engagement.Examples.booking;
import static uk.socialvalue.membership.engagement.Examples.invitation;
import static uk.socialvalue.membership.engagement.Examples.membership;
import static uk.socialvalue.membership.engagement.Examples.source;

class CouncilFiguresTests {

    static final Council SALFORD = new Council("E08000006", "Salford", "Metropolitan district", "North West");
    static final Window JULY_2025 = new Window(YearMonth.of(2025, 7));

    @Test
    void sumsTheLastTwelveMonthsOverEveryOrganisationTheCouncilAppliedAs() {
        var lapsed = organisation("old", Instant.parse("2023-01-05T10:00:00Z"));
        lapsed.membership(membership(Milestone.LAPSED, MembershipStatus.LAPSED, Instant.parse("2024-09-01T01:30:00Z")),
                source("m", 2));
        count(lapsed, booking("b-old", "old", true, 2, Instant.parse("2024-08-01T10:00:00Z")));
        count(lapsed, booking("b-too-old", "old", true, 5, Instant.parse("2024-07-31T10:00:00Z")));
        var current = organisation("new", Instant.parse("2025-02-01T10:00:00Z"));
        count(current, booking("b-new", "new", true, 1, Instant.parse("2025-07-20T10:00:00Z")));

        var figures = CouncilFigures.of(SALFORD, List.of(lapsed.record(), current.record()), JULY_2025, true, JULY_2025.current().atDay(15));

        assertThat(figures.lastYear().bookings()).isEqualTo(2);
        assertThat(figures.lastYear().attendees()).isEqualTo(3);
        assertThat(figures.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(figures.organisationId()).isEqualTo("new");
        assertThat(figures.memberSince()).isEqualTo("2025-02-01");
        assertThat(figures.lapses()).isEqualTo(1);
        assertThat(figures.trend()).hasSize(24);
        assertThat(figures.trend().get(0).month()).isEqualTo(YearMonth.of(2023, 8));
        assertThat(figures.trend().get(23).month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(figures.trend().get(11).figures().bookings()).as("July 2024").isEqualTo(1);
        assertThat(figures.trend()).filteredOn(MonthFigures::member).extracting(MonthFigures::month)
                .contains(YearMonth.of(2024, 9), YearMonth.of(2025, 2)).doesNotContain(YearMonth.of(2024, 10),
                        YearMonth.of(2025, 1));
    }

    @Test
    void countsEachPersonHoldingAValidLevelOnceAcrossItsOrganisationsAndNotAWithdrawnOrExpiredOne() {
        var current = organisation("new", Instant.parse("2025-02-01T10:00:00Z"));
        var old = organisation("old", Instant.parse("2023-02-01T10:00:00Z"));
        count(current, level("t", 1, "new", "ada", true, "2027-06-30", "2025-07-01T10:00:00Z"));
        count(current, level("t", 2, "new", "ada", true, "2027-07-31", "2025-07-02T10:00:00Z"));
        count(old, level("t", 1, "old", "ada", true, "2026-01-31", "2024-02-01T10:00:00Z"));
        count(current, level("t", 1, "new", "eve", true, "2025-07-10", "2023-07-11T10:00:00Z"));
        var bobs = RecordedFact.first(level("t", 1, "new", "bob", true, "2027-06-30", "2025-07-01T10:00:00Z"),
                source("training.sessions", ++offset));
        current.count(bobs.change());
        current.count(bobs.after(level("t", 1, "new", "bob", false, null, "2025-07-05T10:00:00Z"),
                source("training.sessions", ++offset)).change());

        var figures = CouncilFigures.of(SALFORD, List.of(current.record(), old.record()), JULY_2025, false,
                JULY_2025.current().atDay(15));

        assertThat(figures.accreditedPeople()).as("Ada, at three levels through two organisations; not Bob (withdrawn) "
                + "nor Eve (expired on the 10th)").isEqualTo(1);
        assertThat(CouncilFigures.of(SALFORD, List.of(current.record()), JULY_2025, false,
                java.time.LocalDate.of(2025, 7, 10)).accreditedPeople()).as("Eve's last day").isEqualTo(2);
    }

    private static AccreditationFact level(String track, int level, String organisationId, String person, boolean held,
            String expiresOn, String at) {
        return new AccreditationFact(track, level, AttendanceFact.attendeeKey(person + "@council.example"),
                organisationId, YearMonth.of(2025, 7), held,
                expiresOn == null ? null : java.time.LocalDate.parse(expiresOn), "e-" + at, Instant.parse(at));
    }

    @Test
    void leadsWhenAMemberHadStaffTrainedAndTookPartInAWorkingGroup() {
        var member = organisation("org", Instant.parse("2025-01-05T10:00:00Z"));
        count(member, attendance("b1", "org", true, "3", YearMonth.of(2025, 6), Instant.parse("2025-06-20T17:00:00Z")));
        count(member, invitation("i1", "org", InvitationState.ACCEPTED, Instant.parse("2025-05-01T09:00:00Z")));

        var figures = CouncilFigures.of(SALFORD, List.of(member.record()), JULY_2025, false, JULY_2025.current().atDay(15));

        assertThat(figures.level()).isEqualTo(EngagementLevel.LEADING);
        assertThat(figures.lastYear().cpdHours()).isEqualByComparingTo("3");
        assertThat(figures.trend()).isEmpty();
    }

    @Test
    void isNoneForACouncilThatNeverAppliedOrDidNothingForAYear() {
        var longAgo = organisation("org", Instant.parse("2020-01-05T10:00:00Z"));
        longAgo.membership(membership(Milestone.LAPSED, MembershipStatus.LAPSED, Instant.parse("2021-03-01T01:30:00Z")),
                source("m", 2));

        assertThat(CouncilFigures.of(SALFORD, List.of(), JULY_2025, false, JULY_2025.current().atDay(15)).level()).isEqualTo(EngagementLevel.NONE);
        assertThat(CouncilFigures.of(SALFORD, List.of(), JULY_2025, false, JULY_2025.current().atDay(15)).status()).isNull();
        assertThat(CouncilFigures.of(SALFORD, List.of(longAgo.record()), JULY_2025, false, JULY_2025.current().atDay(15)).level())
                .isEqualTo(EngagementLevel.NONE);
    }

    @Test
    void isAwareWhileAnApplicationWaits() {
        var applied = OrganisationEngagement.unknown("org");
        applied.membership(membership(Milestone.APPLIED, MembershipStatus.PENDING_APPROVAL,
                Instant.parse("2023-01-05T10:00:00Z")), source("m", 1));

        assertThat(CouncilFigures.of(SALFORD, List.of(applied.record()), JULY_2025, false, JULY_2025.current().atDay(15)).level())
                .isEqualTo(EngagementLevel.AWARE);
    }

    private static OrganisationEngagement organisation(String id, Instant activatedAt) {
        var organisation = OrganisationEngagement.unknown(id);
        organisation.membership(membership(Milestone.APPLIED, MembershipStatus.PENDING_APPROVAL,
                activatedAt.minusSeconds(3600)), source("m", 0));
        organisation.membership(membership(Milestone.ACTIVATED, MembershipStatus.ACTIVE, activatedAt), source("m", 1));
        return organisation;
    }

    private static int offset = 0;

    private static void count(OrganisationEngagement organisation, Fact fact) {
        organisation.count(RecordedFact.first(fact, source("training.sessions", ++offset)).change());
    }
}
