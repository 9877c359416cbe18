package uk.socialvalue.membership.organisation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/** What SVUK staff see: organisations filtered and paged, and which councils of a region engage. */
@MembershipIntegrationTest
class AdminViewsTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Test
    void listsOrganisationsFilteredByStatusRegionTypeAndName() {
        Members members = new Members(port, kafka, codec);
        String knowsley = members.apply("E08000011", unique() + "@knowsley.example");
        members.approvedCouncil("E08000012");
        String admin = members.adminToken();

        Response byName = api().get("/api/organisations?q=knows&region=North%20West&type=LOCAL_AUTHORITY", admin);
        assertThat(byName.status()).as(byName.toString()).isEqualTo(200);
        assertThat(byName.json().get("total").asLong()).isEqualTo(1);
        JsonNode item = byName.json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(knowsley);
        assertThat(item.get("name").asString()).isEqualTo("Knowsley");
        assertThat(item.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(item.get("region").asString()).isEqualTo("North West");
        assertThat(item.get("type").asString()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(item.get("gssCode").asString()).isEqualTo("E08000011");
        assertThat(item.has("membershipEndsOn")).isTrue();

        Response active = api().get("/api/organisations?status=ACTIVE&q=Liverpool", admin);
        assertThat(active.json().get("items").get(0).get("membershipEndsOn").asString()).isNotBlank();
        Response firstPage = api().get("/api/organisations?region=North%20West&page=0&size=1", admin);
        assertThat(firstPage.json().get("items")).hasSize(1);
        assertThat(firstPage.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api().get("/api/organisations?status=NOT_A_STATUS", admin).status()).isEqualTo(400);
        assertThat(api().get("/api/organisations?size=100000", admin).status()).isEqualTo(400);
    }

    @Test
    void showsWhichCouncilsOfARegionEngageAndWhichDoNot() {
        Members members = new Members(port, kafka, codec);
        String darlington = members.apply("E06000005", unique() + "@darlington.example");
        String admin = members.adminToken();

        Response regions = api().get("/api/reports/regions", admin);
        JsonNode northEast = regions.json().valueStream()
                .filter(region -> region.get("region").asString().equals("North East")).findFirst().orElseThrow();
        assertThat(northEast.get("councils").asLong()).isEqualTo(12);
        assertThat(northEast.get("councilsNeverEngaged").asLong()).isLessThan(12);
        assertThat(northEast.at("/organisationsByStatus/PENDING_APPROVAL").asLong()).isGreaterThanOrEqualTo(1);

        Response councils = api().get("/api/reports/regions/North%20East/councils", admin);
        assertThat(councils.json()).hasSize(12);
        JsonNode row = councils.json().valueStream()
                .filter(council -> council.get("gssCode").asString().equals("E06000005")).findFirst().orElseThrow();
        assertThat(row.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(row.get("organisationId").asString()).isEqualTo(darlington);
        assertThat(row.get("member").asBoolean()).isFalse();
        assertThat(api().get("/api/reports/regions/Atlantis/councils", admin).status()).isEqualTo(404);
    }

    @Test
    void pagesThroughEveryOrganisationByNameWithoutMissingOrRepeatingOne() {
        Members members = new Members(port, kafka, codec);
        members.apply("E06000003", unique() + "@redcar.example");
        members.approvedCouncil("E06000004");
        String admin = members.adminToken();
        long total = api().get("/api/organisations?size=1", admin).json().get("total").asLong();

        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            Response onePage = api().get("/api/organisations?size=7&page=" + page, admin);
            assertThat(onePage.json().get("total").asLong()).isEqualTo(total);
            onePage.json().get("items").valueStream().forEach(item -> {
                names.add(item.get("name").asString());
                ids.add(item.get("id").asString());
            });
        }

        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(names).as("by name, in any case").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void listsTheRenewalsComingDueSoonestFirstAPageAtATime() {
        Members members = new Members(port, kafka, codec);
        String pendle = members.approvedCouncil("E07000122").organisationId();
        members.approvedCouncil("E06000015");
        members.apply("E07000123", unique() + "@preston.example");
        String admin = members.adminToken();

        Response withinAYear = api().get("/api/reports/renewals?days=366", admin);
        Response withinAMonth = api().get("/api/reports/renewals?days=30", admin);

        assertThat(withinAYear.status()).as(withinAYear.toString()).isEqualTo(200);
        List<String> firstPage = ids(withinAYear.json().get("items").valueStream().toList());
        long total = withinAYear.json().get("total").asLong();
        assertThat(firstPage).as("the first page, at most 100").hasSize((int) Math.min(total, 100));
        List<JsonNode> rows = renewals(admin, 100, total);
        JsonNode due = rows.stream().filter(row -> row.get("id").asString().equals(pendle)).findFirst().orElseThrow();
        assertThat(due.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(due.get("membershipEndsOn").asString()).isNotBlank();
        assertThat(rows.stream().map(row -> row.get("membershipEndsOn").asString()).toList())
                .as("soonest end first").isSorted();
        assertThat(rows.stream().map(row -> row.get("status").asString()))
                .as("applications are not renewals").doesNotContain("PENDING_APPROVAL");
        assertThat(ids(rows)).as("every renewal once").doesNotHaveDuplicates().hasSize((int) total)
                .startsWith(firstPage.toArray(String[]::new));
        assertThat(ids(renewals(admin, 7, total))).as("the same order, whatever the page size")
                .containsExactlyElementsOf(ids(rows));
        assertThat(withinAMonth.json().get("items").valueStream().map(row -> row.get("id").asString()))
                .as("a membership approved today ends in a year").doesNotContain(pendle);
        assertThat(api().get("/api/reports/renewals?days=-1", admin).status()).isEqualTo(400);
        assertThat(api().get("/api/reports/renewals?size=101", admin).status()).isEqualTo(400);
    }

    /** Every renewal due within a year, read page by page. */
    private List<JsonNode> renewals(String admin, int size, long total) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; (long) page * size < total; page++) {
            Response onePage = api().get("/api/reports/renewals?days=366&size=" + size + "&page=" + page, admin);
            assertThat(onePage.json().get("total").asLong()).isEqualTo(total);
            onePage.json().get("items").valueStream().forEach(rows::add);
        }
        return rows;
    }

    private static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> row.get("id").asString()).toList();
    }

    @Test
    void keepsTheAdminViewsFromCouncils() {
        Members members = new Members(port, kafka, codec);
        String council = members.approvedCouncil("E08000009").token();

        assertThat(api().get("/api/organisations", council).status()).isEqualTo(403);
        assertThat(api().get("/api/reports/regions", council).status()).isEqualTo(403);
        assertThat(api().get("/api/reports/renewals", council).status()).isEqualTo(403);
        assertThat(api().get("/api/organisations", null).status()).isEqualTo(401);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String unique() {
        return Unique.suffix();
    }
}
