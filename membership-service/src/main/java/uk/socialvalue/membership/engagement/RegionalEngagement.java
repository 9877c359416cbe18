package uk.socialvalue.membership.engagement;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;

/**
 * Which councils in each region engage with SVUK and which do not: the register's councils set against the
 * memberships SVUK holds. The first step towards the engagement view the staff asked for.
 */
public class RegionalEngagement {

    private final OrganisationDirectory organisations;
    private final CouncilRegister register;

    public RegionalEngagement(OrganisationDirectory organisations, CouncilRegister register) {
        this.organisations = organisations;
        this.register = register;
    }

    /**
     * One region's summary.
     *
     * @param region                 the region or nation
     * @param councils               councils in the register
     * @param memberCouncils         councils whose membership counts now (active or in grace)
     * @param councilsNeverEngaged   councils that never applied
     * @param organisationsByStatus  every organisation of the region, councils or not, by membership status
     */
    public record RegionSummary(String region, long councils, long memberCouncils, long councilsNeverEngaged,
            Map<MembershipStatus, Long> organisationsByStatus) {
    }

    /**
     * A council and where it stands with SVUK.
     *
     * @param status          the status of its latest membership, or empty if it never applied
     * @param organisationId  that membership's organisation
     */
    public record CouncilEngagement(Council council, Optional<MembershipStatus> status, Optional<String> organisationId) {
    }

    public List<RegionSummary> regions() {
        Map<String, Map<MembershipStatus, Long>> byRegion = new HashMap<>();
        for (var count : organisations.countByRegionAndStatus()) {
            byRegion.computeIfAbsent(count.region(), region -> new EnumMap<>(MembershipStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
        }
        return register.regions().stream().map(region -> {
            List<CouncilEngagement> councils = councils(region);
            long members = councils.stream().filter(c -> c.status().filter(MembershipStatus::isMember).isPresent()).count();
            long never = councils.stream().filter(c -> c.status().isEmpty()).count();
            return new RegionSummary(region, councils.size(), members, never,
                    byRegion.getOrDefault(region, Map.of()));
        }).toList();
    }

    /** Every council of the region with its latest membership, if any; in name order. */
    public List<CouncilEngagement> councils(String region) {
        Map<String, ListedOrganisation> latestByCouncil = organisations.councilsIn(region).stream()
                .collect(Collectors.toMap(ListedOrganisation::gssCode, Function.identity(),
                        (a, b) -> a.appliedAt().isAfter(b.appliedAt()) ? a : b));
        return register.search(null).stream()
                .filter(council -> council.region().equals(region))
                .sorted(Comparator.comparing(Council::name))
                .map(council -> {
                    var membership = Optional.ofNullable(latestByCouncil.get(council.gssCode()));
                    return new CouncilEngagement(council, membership.map(ListedOrganisation::status),
                            membership.map(ListedOrganisation::id));
                })
                .toList();
    }
}
