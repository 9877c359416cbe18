package uk.socialvalue.membership.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;

/**
 * Which councils engage with SVUK, region by region: every council of the register, member or not, with the
 * figures the engagement read model keeps. A page reads one small document per council and one per
 * organisation it applied as, each by key, so it costs the same however many bookings and invitations there
 * have been.
 */
public class EngagementInsight {

    private final CouncilRegister register;
    private final CouncilOrganisations councils;
    private final OrganisationEngagements organisations;
    private final Clock clock;

    public EngagementInsight(CouncilRegister register, CouncilOrganisations councils,
            OrganisationEngagements organisations, Clock clock) {
        this.register = register;
        this.councils = councils;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Every region and nation of the register, in name order. */
    public List<RegionFigures> regions() {
        Map<String, List<CouncilFigures>> byRegion = figures(register.search(null), false).stream()
                .collect(Collectors.groupingBy(c -> c.council().region(), LinkedHashMap::new, Collectors.toList()));
        return register.regions().stream().map(region -> summary(region, byRegion.getOrDefault(region, List.of())))
                .toList();
    }

    /** Every council of the region, in name order; empty if the register has no such region. */
    public Optional<List<CouncilFigures>> councils(String region) {
        return region(region).map(name -> figures(register.search(null).stream()
                .filter(council -> council.region().equals(name)).toList(), false));
    }

    /** One council's record, with its figures by course and its 24-month trend; empty if not in the register. */
    public Optional<CouncilFigures> council(String gssCode) {
        return register.byGssCode(gssCode).map(council -> {
            List<String> ids = councils.organisationsOf(List.of(council.gssCode()))
                    .getOrDefault(council.gssCode(), List.of());
            Window window = Window.at(clock);
            return CouncilFigures.of(council, organisations.records(ids, window.trendMonths(), true), window, true,
                    today());
        });
    }

    /** Whether the organisation is the council, or was it when it last applied: its contacts' own record. */
    public boolean isCouncil(String organisationId, String gssCode) {
        return organisationId != null && organisations.gssCodeOf(organisationId)
                .filter(code -> code.equalsIgnoreCase(gssCode == null ? "" : gssCode.strip())).isPresent();
    }

    /**
     * The register's name for a region, given as named ("North West") or as in a web address, in any case
     * ("north-west").
     */
    public Optional<String> region(String name) {
        String wanted = Slug.of(name);
        return register.regions().stream().filter(region -> Slug.of(region).equals(wanted)).findFirst();
    }

    private List<CouncilFigures> figures(List<Council> inScope, boolean withTrend) {
        Map<String, List<String>> links = councils.organisationsOf(inScope.stream().map(Council::gssCode).toList());
        Window window = Window.at(clock);
        LocalDate today = today();
        Map<String, OrganisationRecord> records = organisations
                .records(links.values().stream().flatMap(Collection::stream).toList(), window.lastYearMonths(), false)
                .stream().collect(Collectors.toMap(OrganisationRecord::id, Function.identity()));
        List<CouncilFigures> figures = new ArrayList<>();
        for (Council council : inScope) {
            List<OrganisationRecord> ofCouncil = links.getOrDefault(council.gssCode(), List.of()).stream()
                    .map(records::get).filter(record -> record != null).toList();
            figures.add(CouncilFigures.of(council, ofCouncil, window, withTrend, today));
        }
        return figures;
    }

    private static RegionFigures summary(String region, List<CouncilFigures> councils) {
        Map<EngagementLevel, Integer> levels = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            levels.put(level, 0);
        }
        Figures lastYear = Figures.NONE;
        int members = 0;
        int accreditedPeople = 0;
        for (CouncilFigures council : councils) {
            accreditedPeople += council.accreditedPeople();
            levels.merge(council.level(), 1, Integer::sum);
            lastYear = lastYear.plus(council.lastYear().withoutCourses());
            if (council.status() != null && council.status().isMember()) {
                members++;
            }
        }
        return new RegionFigures(region, councils.size(), members, levels, lastYear, accreditedPeople);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Window.UK));
    }
}
