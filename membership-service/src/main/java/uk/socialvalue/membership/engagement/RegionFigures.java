package uk.socialvalue.membership.engagement;

import java.util.Map;

/**
 * A region's (or nation's) councils summed up.
 *
 * @param councils  councils of the register in it
 * @param members   of those, the ones that are members now
 * @param levels    how many are at each engagement level
 * @param lastYear  their figures over the last 12 months, without the breakdown by course
 * @param accreditedPeople  the councils' accredited people, summed (someone accredited through two councils of
 *                  the region counts twice)
 */
public record RegionFigures(String region, int councils, int members, Map<EngagementLevel, Integer> levels,
        Figures lastYear, int accreditedPeople) {
}
