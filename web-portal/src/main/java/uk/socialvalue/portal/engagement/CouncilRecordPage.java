package uk.socialvalue.portal.engagement;

import java.util.ArrayList;
import java.util.List;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.portal.api.MembershipApi.CouncilEngagement;
import uk.socialvalue.portal.api.MembershipApi.MonthEngagement;
import uk.socialvalue.portal.pages.UkFormats;

/**
 * A council's own record, as its contacts see it at {@code /account/engagement} and staff from its region's page:
 * its membership and level, the last 12 months by course, and the 24-month trend as a chart and a table.
 *
 * @param address  the page's own address, under which its CSV downloads are
 * @param back     where the back link goes, and its words
 */
record CouncilRecordPage(CouncilEngagement record, String period, List<Month> months, TrendChart chart,
        String address, Link back) {

    /** A link: where, and its words. */
    record Link(String href, String text) {
    }

    /** A month of the trend, with its membership in words ("Yes", "Renewed"). */
    record Month(MonthEngagement figures, String words, String membership) {
    }

    /** The record as the council's own contacts see it, under their organisation's pages. */
    static CouncilRecordPage forContacts(CouncilEngagement record, UkFormats uk) {
        return of(record, uk, "/account/engagement", new Link("/account", "Your organisation"));
    }

    /** The record as SVUK staff see it, from its region's page. */
    static CouncilRecordPage forStaff(CouncilEngagement record, UkFormats uk) {
        return of(record, uk, "/admin/engagement/councils/" + record.gssCode(),
                new Link("/admin/engagement/" + Slug.of(record.region()), record.region()));
    }

    private static CouncilRecordPage of(CouncilEngagement record, UkFormats uk, String address, Link back) {
        String period = record.period12m() == null ? "" : uk.month(record.period12m().from()) + " to "
                + uk.month(record.period12m().to());
        List<Month> months = record.trend().stream()
                .map(month -> new Month(month, uk.month(month.month()), membership(month))).toList();
        return new CouncilRecordPage(record, period, months, TrendChart.of(record.trend(), uk), address, back);
    }

    /** Whether it was a member that month ("Yes", "No"), or what happened: "Joined", "Renewed", "Lapsed". */
    static String membership(MonthEngagement month) {
        List<String> happened = new ArrayList<>();
        if (month.joins() > 0) {
            happened.add("joined");
        }
        if (month.renewals() > 0) {
            happened.add("renewed");
        }
        if (month.lapses() > 0) {
            happened.add("lapsed");
        }
        if (happened.isEmpty()) {
            return month.member() ? "Yes" : "No";
        }
        String words = String.join(", ", happened);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
