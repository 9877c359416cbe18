package uk.socialvalue.portal.engagement;

import java.util.List;
import java.util.Objects;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.portal.api.MembershipApi.CouncilEngagementRow;

/**
 * {@code /admin/engagement/{region}}: each council of a region with its figures and level, in name order.
 *
 * @param region  the register's name for it
 */
record RegionPage(String region, List<CouncilEngagementRow> councils) {

    public String slug() {
        return Slug.of(region);
    }

    /** How many of its councils are at the level ({@code LEADING} ... {@code NONE}), as the service judged them. */
    public long count(String level) {
        return councils.stream().filter(council -> Objects.equals(council.level(), level)).count();
    }
}
