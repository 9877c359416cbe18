package uk.socialvalue.membership.engagement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.register.Council;

/**
 * A council of the register and its engagement: its latest membership, its figures over the last 12 months
 * summed over all the organisations it applied as, its level, and (for its own record) the 24-month trend.
 *
 * @param status          the status of its latest membership, or {@code null} if it never applied
 * @param organisationId  the organisation of that membership
 * @param memberSince     the first day of its current membership, while it is a member
 * @param renewals        renewals of all its memberships
 * @param lapses          memberships of it that lapsed
 * @param lastYear        its figures over the last 12 months, by course too
 * @param trend           the 24 months of the trend, oldest first, or empty where not asked for
 * @param accreditedPeople  people holding a level of an accreditation track today, completed (or last renewed)
 *                        on a booking of one of its organisations; each person once, however many levels
 */
public record CouncilFigures(Council council, MembershipStatus status, String organisationId, LocalDate memberSince,
        int renewals, int lapses, Figures lastYear, EngagementLevel level, List<MonthFigures> trend,
        int accreditedPeople) {

    static CouncilFigures of(Council council, List<OrganisationRecord> organisations, Window window,
            boolean withTrend, LocalDate today) {
        Optional<OrganisationRecord> latest = organisations.stream().filter(o -> o.membership() != null)
                .max(Comparator.comparing((OrganisationRecord o) -> o.membership().startedAt())
                        .thenComparing(OrganisationRecord::id));
        Membership membership = latest.map(OrganisationRecord::membership).orElse(null);
        MembershipStatus status = membership == null ? null : membership.status();
        boolean member = status != null && status.isMember();

        Figures lastYear = Figures.NONE;
        for (OrganisationRecord organisation : organisations) {
            for (var month : organisation.months().subMap(window.firstOfLastYear(), window.current().plusMonths(1))
                    .values()) {
                lastYear = lastYear.plus(month);
            }
        }
        boolean inTouch = status == MembershipStatus.PENDING_APPROVAL
                || (membership != null && window.inLastYear(Window.monthOf(membership.changedAt())))
                || lastYear.bookings() > 0 || lastYear.invitations() > 0;
        EngagementLevel level = EngagementLevel.of(member, lastYear.attended() > 0, lastYear.accepted() > 0, inTouch);

        return new CouncilFigures(council, status, latest.map(OrganisationRecord::id).orElse(null),
                member ? membership.memberSince() : null,
                organisations.stream().filter(o -> o.membership() != null).mapToInt(o -> o.membership().renewals()).sum(),
                organisations.stream().filter(o -> o.membership() != null).mapToInt(o -> o.membership().lapses()).sum(),
                lastYear, level, withTrend ? trend(organisations, window) : List.of(),
                accreditedPeople(organisations, today));
    }

    private static int accreditedPeople(List<OrganisationRecord> organisations, LocalDate today) {
        return (int) organisations.stream().flatMap(o -> o.holdings().stream())
                .filter(holding -> holding.isValidOn(today)).map(Holding::holder).distinct().count();
    }

    private static List<MonthFigures> trend(List<OrganisationRecord> organisations, Window window) {
        List<MonthFigures> trend = new ArrayList<>();
        for (YearMonth month : window.trendMonths()) {
            Figures sum = organisations.stream().map(o -> o.months().getOrDefault(month, Figures.NONE))
                    .reduce(Figures.NONE, Figures::plus);
            boolean member = organisations.stream().map(OrganisationRecord::membership).filter(Objects::nonNull)
                    .anyMatch(m -> m.memberDuring(month));
            trend.add(new MonthFigures(month, member, sum));
        }
        return trend;
    }
}
