package uk.socialvalue.portal.engagement;

import java.util.List;
import java.util.function.ToIntFunction;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.portal.api.MembershipApi.RegionEngagement;

/**
 * {@code /admin/engagement}: every region and nation with its figures, the sums across them, and the chart.
 *
 * @param regions  as membership-service lists them, each with the slug its page is addressed by
 * @param totals   every region's figures added up
 */
record RegionsPage(List<Region> regions, Totals totals, LevelChart chart) {

    /** A region's figures and the address of its page. */
    record Region(RegionEngagement figures, String slug) {
    }

    /** The regions' figures added up: the whole register. */
    record Totals(int councils, int members, int leading, int engaged, int aware, int none) {
    }

    static RegionsPage of(List<RegionEngagement> regions) {
        return new RegionsPage(regions.stream().map(region -> new Region(region, Slug.of(region.region()))).toList(),
                new Totals(sum(regions, RegionEngagement::councils), sum(regions, RegionEngagement::members),
                        sum(regions, RegionEngagement::leading), sum(regions, RegionEngagement::engaged),
                        sum(regions, RegionEngagement::aware), sum(regions, RegionEngagement::none)),
                LevelChart.of(regions));
    }

    private static int sum(List<RegionEngagement> regions, ToIntFunction<RegionEngagement> figure) {
        return regions.stream().mapToInt(figure).sum();
    }
}
