package uk.socialvalue.membership.engagement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.engagement.CouncilFigures;
import uk.socialvalue.membership.engagement.EngagementInsight;
import uk.socialvalue.membership.engagement.EngagementLevel;
import uk.socialvalue.membership.engagement.Figures;
import uk.socialvalue.membership.engagement.MonthFigures;
import uk.socialvalue.membership.engagement.RegionFigures;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.security.CurrentUser;

/**
 * Which councils engage with social value, region by region, as JSON or (with {@code Accept: text/csv}) as
 * CSV with the same columns: for SVUK staff, and each council's own record for its contacts.
 */
@RestController
@Tag(name = "Engagement")
@SecurityRequirement(name = "bearer")
class EngagementInsightController {

    private final EngagementInsight insight;

    EngagementInsightController(EngagementInsight insight) {
        this.insight = insight;
    }

    /**
     * A region's councils summed up; "engaged", "none", "aware" and "leading" count councils by level;
     * "accreditedPeople" the councils' people holding an accreditation level today.
     */
    record RegionRow(String region, int councils, int members, int engaged, int none, int aware, int leading,
            int bookings12m, int attendees12m, int attended12m, BigDecimal cpdHours12m, int invitations12m,
            int accepted12m, int accreditedPeople) {

        static RegionRow of(RegionFigures region) {
            Figures year = region.lastYear();
            return new RegionRow(region.region(), region.councils(), region.members(),
                    region.levels().get(EngagementLevel.ENGAGED), region.levels().get(EngagementLevel.NONE),
                    region.levels().get(EngagementLevel.AWARE), region.levels().get(EngagementLevel.LEADING),
                    year.bookings(), year.attendees(), year.attended(), year.cpdHours(), year.invitations(),
                    year.accepted(), region.accreditedPeople());
        }
    }

    /** A council of a region with its figures for the last 12 months, its level and its accredited people. */
    record CouncilRow(String gssCode, String name, MembershipStatus membershipStatus, int bookings12m,
            int attended12m, BigDecimal cpdHours12m, int invitations12m, int accepted12m, EngagementLevel level,
            int accreditedPeople) {

        static CouncilRow of(CouncilFigures council) {
            Figures year = council.lastYear();
            return new CouncilRow(council.council().gssCode(), council.council().name(), council.status(),
                    year.bookings(), year.attended(), year.cpdHours(), year.invitations(), year.accepted(),
                    council.level(), council.accreditedPeople());
        }
    }

    record CourseRow(String courseCode, String courseTitle, int bookings, int attendees, int attended,
            BigDecimal cpdHours) {
    }

    record MonthRow(String month, boolean member, int bookings, int attendees, int attended, BigDecimal cpdHours,
            int invitations, int accepted, int declined, int joins, int renewals, int lapses) {

        static MonthRow of(MonthFigures month) {
            Figures f = month.figures();
            return new MonthRow(month.month().toString(), month.member(), f.bookings(), f.attendees(), f.attended(),
                    f.cpdHours(), f.invitations(), f.accepted(), f.declined(), f.joins(), f.renewals(), f.lapses());
        }
    }

    record Period(String from, String to) {
    }

    /** A council's own record: membership, the last 12 months by course, and the 24-month trend. */
    record CouncilRecord(String gssCode, String name, String type, String region, MembershipStatus membershipStatus,
            String organisationId, LocalDate memberSince, int renewals, int lapses, EngagementLevel level,
            Period period12m, int bookings12m, int attendees12m, int attended12m, BigDecimal cpdHours12m,
            int invitations12m, int accepted12m, int declined12m, List<CourseRow> courses12m, List<MonthRow> trend,
            int accreditedPeople) {

        static CouncilRecord of(CouncilFigures council) {
            Figures year = council.lastYear();
            List<MonthRow> trend = council.trend().stream().map(MonthRow::of).toList();
            List<CourseRow> courses = year.courses().entrySet().stream()
                    .map(e -> new CourseRow(e.getKey(), e.getValue().title(), e.getValue().bookings(),
                            e.getValue().attendees(), e.getValue().attended(), e.getValue().cpdHours()))
                    .toList();
            return new CouncilRecord(council.council().gssCode(), council.council().name(), council.council().type(),
                    council.council().region(), council.status(), council.organisationId(), council.memberSince(),
                    council.renewals(), council.lapses(), council.level(),
                    new Period(trend.get(trend.size() - 12).month(), trend.get(trend.size() - 1).month()),
                    year.bookings(), year.attendees(), year.attended(), year.cpdHours(), year.invitations(),
                    year.accepted(), year.declined(), courses, trend, council.accreditedPeople());
        }
    }

    @GetMapping(path = "/api/engagement/regions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every region and nation: councils, members, councils by engagement level, and the "
            + "last 12 months' training and working-group figures (admin; also as text/csv)")
    List<RegionRow> regions() {
        return insight.regions().stream().map(RegionRow::of).toList();
    }

    @GetMapping(path = "/api/engagement/regions", produces = CsvTable.TEXT_CSV_VALUE)
    ResponseEntity<String> regionsAsCsv() {
        return CsvTable.of(RegionRow.class, regions(), "engagement-regions.csv");
    }

    @GetMapping(path = "/api/engagement/regions/{region}/councils", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every council of a region, member or not, with its last 12 months and engagement "
            + "level; the region as named by GET /api/regions or as a slug such as north-west (admin; also as "
            + "text/csv)")
    List<CouncilRow> councils(@PathVariable String region) {
        return insight.councils(region).orElseThrow(() -> new NotFound("No region called " + region))
                .stream().map(CouncilRow::of).toList();
    }

    @GetMapping(path = "/api/engagement/regions/{region}/councils", produces = CsvTable.TEXT_CSV_VALUE)
    ResponseEntity<String> councilsAsCsv(@PathVariable String region) {
        return CsvTable.of(CouncilRow.class, councils(region),
                "engagement-" + Slug.of(insight.region(region).orElse(region)) + ".csv");
    }

    @GetMapping(path = "/api/engagement/councils/{gssCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One council's engagement record with its 24-month trend, for SVUK staff and the "
            + "council's own contacts (also as text/csv: the trend)")
    CouncilRecord council(@PathVariable String gssCode, Authentication authentication) {
        CouncilFigures council = insight.council(gssCode)
                .orElseThrow(() -> new NotFound("No council with GSS code " + gssCode));
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.isAdmin() && !insight.isCouncil(user.organisationId(), council.council().gssCode())) {
            throw new AccessDeniedException("Not a contact of " + council.council().gssCode());
        }
        return CouncilRecord.of(council);
    }

    @GetMapping(path = "/api/engagement/councils/{gssCode}", produces = CsvTable.TEXT_CSV_VALUE)
    ResponseEntity<String> councilAsCsv(@PathVariable String gssCode, Authentication authentication) {
        CouncilRecord council = council(gssCode, authentication);
        return CsvTable.of(MonthRow.class, council.trend(), "engagement-" + council.gssCode() + "-trend.csv");
    }

    @GetMapping(path = "/api/engagement/councils/{gssCode}/courses", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One council's training over the last 12 months by course, the table of its record's "
            + "courses12m, for SVUK staff and the council's own contacts (also as text/csv)")
    List<CourseRow> courses(@PathVariable String gssCode, Authentication authentication) {
        return council(gssCode, authentication).courses12m();
    }

    @GetMapping(path = "/api/engagement/councils/{gssCode}/courses", produces = CsvTable.TEXT_CSV_VALUE)
    ResponseEntity<String> coursesAsCsv(@PathVariable String gssCode, Authentication authentication) {
        CouncilRecord council = council(gssCode, authentication);
        return CsvTable.of(CourseRow.class, council.courses12m(), "engagement-" + council.gssCode() + "-courses.csv");
    }
}
