package uk.socialvalue.portal;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement pages over HTTP with membership-service stubbed: each page turns the API's answer into its tables,
 * its chart (SVG with a title, a description and a table after it) and its plain-English level rule; each table
 * downloads as the API's CSV, under a name of the portal's, the token staying on the server; a contact sees only
 * their own council's record, and no staff page.
 */
class EngagementPagesTests extends StubbedPortalTest {

    static final String REGIONS = """
            [{"region":"North West","councils":39,"members":3,"engaged":2,"none":30,"aware":6,"leading":1,
              "bookings12m":12,"attendees12m":20,"attended12m":15,"cpdHours12m":52.5,"invitations12m":30,"accepted12m":11},
             {"region":"Wales","councils":22,"members":0,"engaged":0,"none":22,"aware":0,"leading":0,
              "bookings12m":0,"attendees12m":0,"attended12m":0,"cpdHours12m":0,"invitations12m":0,"accepted12m":0}]""";

    static final String NORTH_WEST = """
            [{"gssCode":"E08000001","name":"Bolton","membershipStatus":null,"bookings12m":0,"attended12m":0,
              "cpdHours12m":0,"invitations12m":0,"accepted12m":0,"level":"NONE"},
             {"gssCode":"E08000006","name":"Salford","membershipStatus":"ACTIVE","bookings12m":3,"attended12m":4,
              "cpdHours12m":14.5,"invitations12m":2,"accepted12m":1,"level":"LEADING"}]""";

    static final String CSV_OF_WALES = "gssCode,name,membershipStatus,bookings12m,attended12m,cpdHours12m,"
            + "invitations12m,accepted12m,level\r\nW06000001,\"Isle of Anglesey / Ynys Môn\",,0,0,0,0,0,NONE\r\n";

    @Test
    void showsStaffEveryRegionWithItsFiguresAChartAndTheTableItStandsFor() {
        services.answer("GET", "/api/engagement/regions", 200, REGIONS);
        signInWith(ADMIN_TOKEN);

        PortalClient.Page page = portal.get("/admin/engagement");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("Engagement by region");
        assertThat(html.select(".govuk-service-navigation__item--active").text()).isEqualTo("Engagement");
        assertThat(html.select("#totals .govuk-summary-list__value").eachText())
                .containsExactly("61", "3", "1", "2", "6", "52");
        assertThat(rows(html, "#levels-table")).containsExactly(
                "North West 39 3 1 2 6 30", "Wales 22 0 0 0 0 22");
        assertThat(rows(html, "#activity-table")).containsExactly(
                "North West 12 20 15 52.5 30 11", "Wales 0 0 0 0 0 0");
        assertThat(html.select("#levels-table a").eachAttr("href"))
                .containsExactly("/admin/engagement/north-west", "/admin/engagement/wales");
        assertThat(html.select("a[download]").attr("href")).isEqualTo("/admin/engagement/regions.csv");
        assertThat(html.select("#level-rule").text()).contains("Leading all three signs", "Engaged two of the three",
                "None no contact with us at all in those months");

        Element chart = html.selectFirst("svg");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("level-chart-title level-chart-description");
        assertThat(html.select("#level-chart-title").text()).isEqualTo("Councils by engagement level, region by region");
        assertThat(html.select("#level-chart-description").text())
                .contains("of 61 councils: 1 leading, 2 engaged, 6 aware, 52 with none")
                .contains("figures are in the table that follows");
        assertThat(chart.select("pattern").eachAttr("id")).containsExactly("svuk-fill-leading", "svuk-fill-engaged",
                "svuk-fill-aware", "svuk-fill-none");
        assertThat(chart.select("text").eachText()).contains("Leading", "Engaged", "Aware", "None", "North West",
                "Wales", "Councils");
        assertThat(chart.select("[style]")).as("no inline styles, which the Content-Security-Policy refuses").isEmpty();
        assertThat(html.select("figure:has(svg) + p + table#levels-table")).as("the table right after the chart")
                .hasSize(1);
        assertThat(page.body()).doesNotContain("eyJ");
    }

    @Test
    void showsStaffEachCouncilOfARegionWithItsMembershipAndLevelAndOneCouncilsRecord() {
        services.answer("GET", "/api/engagement/regions/North%20West/councils", 200, NORTH_WEST);
        services.answer("GET", "/api/engagement/councils/E08000006", 200, salfordsRecord());
        signInWith(ADMIN_TOKEN);

        Document region = portal.get("/admin/engagement/north-west").html();
        Document council = portal.get("/admin/engagement/councils/E08000006").html();
        PortalClient.Page unknown = portal.get("/admin/engagement/atlantis");

        assertThat(region.select("h1").text()).isEqualTo("North West");
        assertThat(region.select("#region-summary").text())
                .isEqualTo("2 councils: 1 leading, 0 engaged, 0 aware and 1 with no engagement.");
        assertThat(rows(region, "#councils-table")).containsExactly(
                "Bolton Never applied None 0 0 0 0 0", "Salford Active Leading 3 4 14.5 2 1");
        assertThat(region.select("#council-E08000006 .govuk-tag").hasClass("govuk-tag--green")).isTrue();
        assertThat(region.select("#council-E08000006 a").attr("href")).isEqualTo("/admin/engagement/councils/E08000006");
        assertThat(region.select("a[download]").attr("href")).isEqualTo("/admin/engagement/north-west/councils.csv");
        assertThat(region.select("#level-rule")).hasSize(1);

        assertThat(council.select(".govuk-caption-l").text()).isEqualTo("Salford");
        assertThat(council.select(".govuk-back-link").attr("href")).isEqualTo("/admin/engagement/north-west");
        assertThat(council.select("a[download]").eachAttr("href")).containsExactly(
                "/admin/engagement/councils/E08000006/by-course.csv", "/admin/engagement/councils/E08000006/by-month.csv");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(services.received()).noneMatch(request -> request.path().contains("atlantis"));
    }

    @Test
    void showsAContactTheirOwnCouncilsRecordWithItsYearByCourseAndItsTwentyFourMonths() {
        services.answer("GET", "/api/engagement/councils/E08000006", 200, salfordsRecord());
        signInWith(CONTACT_TOKEN);

        Document account = portal.get("/account").html();
        PortalClient.Page page = portal.get("/account/engagement?gssCode=E08000010");

        assertThat(account.select("a[href=/account/engagement]").text()).contains("engagement");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select(".govuk-caption-l").text()).isEqualTo("Salford");
        assertThat(html.select("#level").text()).isEqualTo("Engaged");
        assertThat(html.select("#membership").text()).isEqualTo("Active");
        assertThat(html.select("#period").text()).isEqualTo("June 2025 to May 2026");
        assertThat(html.select("#bookings12m").text()).isEqualTo("1");
        assertThat(html.select("#attendees12m").text()).isEqualTo("2");
        assertThat(html.select("#cpdHours12m").text()).isEqualTo("7");
        assertThat(html.select("#accepted12m").text()).isEqualTo("1");
        assertThat(rows(html, "#courses-table")).containsExactly("Social Value in Procurement SV-PROC 1 2 2 7");
        List<String> months = rows(html, "#trend-table");
        assertThat(months).hasSize(24);
        assertThat(months.get(0)).isEqualTo("June 2024 No 0 0 0 0 0 0 0");
        assertThat(months.get(12)).isEqualTo("June 2025 Joined 0 0 0 0 1 1 0");
        assertThat(months.get(23)).isEqualTo("May 2026 Yes 1 2 2 7 0 0 0");
        assertThat(html.select(".govuk-back-link").attr("href")).isEqualTo("/account");
        assertThat(html.select("a[download]").eachAttr("href"))
                .containsExactly("/account/engagement/by-course.csv", "/account/engagement/by-month.csv");

        Element chart = html.selectFirst("svg[role=img]");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("trend-chart-title trend-chart-description");
        assertThat(html.select("#trend-chart-description").text()).contains("from June 2024 to May 2026",
                "2 places booked and 2 people attended", "member of Social Value UK in 12 of the 24 months");
        assertThat(chart.select("rect.svuk-chart__member")).as("12 member months and the legend's").hasSize(13);
        assertThat(chart.select("text").eachText()).contains("Places booked", "Attended", "May 2026", "Member");

        assertThat(services.received()).filteredOn(request -> request.path().startsWith("/api/engagement/"))
                .singleElement().satisfies(request -> {
                    assertThat(request.path()).isEqualTo("/api/engagement/councils/E08000006");
                    assertThat(request.authorization()).isEqualTo("Bearer " + CONTACT_TOKEN);
                });
    }

    @Test
    void handsOnEachTableAsTheServicesCsvUnderANameOfItsOwnWithTheTokenKeptOnTheServer() {
        services.answerCsv("/api/engagement/regions", "region,councils\r\nWales,22\r\n");
        services.answerCsv("/api/engagement/regions/Wales/councils", CSV_OF_WALES);
        services.answerCsv("/api/engagement/councils/E08000006", "month,member\r\n2026-05,true\r\n");
        services.answerCsv("/api/engagement/councils/E08000006/courses", "courseCode,courseTitle\r\nSV-PROC,x\r\n");
        signInWith(ADMIN_TOKEN);

        PortalClient.Page regions = portal.get("/admin/engagement/regions.csv");
        PortalClient.Page wales = portal.get("/admin/engagement/wales/councils.csv");
        PortalClient.Page trend = portal.get("/admin/engagement/councils/E08000006/by-month.csv");
        signInWith(CONTACT_TOKEN);
        PortalClient.Page ownTrend = portal.get("/account/engagement/by-month.csv");
        PortalClient.Page ownCourses = portal.get("/account/engagement/by-course.csv");

        assertThat(regions.status()).isEqualTo(200);
        assertThat(regions.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(regions.header("Content-Disposition"))
                .matches("attachment; filename=\"svuk-engagement-by-region-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(regions.body()).isEqualTo("region,councils\r\nWales,22\r\n");
        assertThat(wales.header("Content-Disposition")).contains("filename=\"svuk-engagement-wales-");
        assertThat(wales.body()).isEqualTo(CSV_OF_WALES);
        assertThat(trend.header("Content-Disposition")).contains("filename=\"svuk-engagement-e08000006-by-month-");
        assertThat(ownTrend.header("Content-Disposition")).contains("filename=\"svuk-engagement-salford-by-month-");
        assertThat(ownTrend.body()).isEqualTo("month,member\r\n2026-05,true\r\n");
        assertThat(ownCourses.header("Content-Disposition")).contains("filename=\"svuk-engagement-salford-by-course-");
        assertThat(ownCourses.body()).startsWith("courseCode,courseTitle");

        assertThat(services.received()).filteredOn(request -> request.path().startsWith("/api/engagement/"))
                .hasSize(5).allSatisfy(request -> {
                    assertThat(request.accept()).isEqualTo("text/csv");
                    assertThat(request.authorization()).isIn("Bearer " + ADMIN_TOKEN, "Bearer " + CONTACT_TOKEN);
                });
        assertThat(List.of(regions, wales, trend, ownTrend, ownCourses))
                .allSatisfy(download -> assertThat(download.body() + download.headers().map()).doesNotContain("eyJ"));
    }

    @Test
    void showsTheForbiddenPageWhenTheServiceRefusesAContactTheRecord() {
        services.answer("GET", "/api/engagement/councils/E08000006", 403,
                "{\"status\":403,\"detail\":\"Not a contact of E08000006\"}");
        signInWith(CONTACT_TOKEN);

        PortalClient.Page page = portal.get("/account/engagement");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().select("h1").text()).isEqualTo("You cannot see this page");
    }

    @Test
    void keepsContactsOutOfEveryStaffEngagementPageAndDownload() {
        signInWith(CONTACT_TOKEN);

        for (String path : List.of("/admin/engagement", "/admin/engagement/north-west", "/admin/engagement/regions.csv",
                "/admin/engagement/north-west/councils.csv", "/admin/engagement/councils/E08000010",
                "/admin/engagement/councils/E08000010/by-month.csv")) {
            PortalClient.Page page = portal.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("You cannot see this page");
        }
        assertThat(services.received()).noneMatch(request -> request.path().startsWith("/api/engagement/"));
    }

    @Test
    void tellsAnOrganisationThatIsNotACouncilThatItHasNoFigures() {
        services.answer("GET", "/api/organisations/org-housing", 200, """
                {"id":"org-housing","name":"Irwell Homes","type":"HOUSING_ASSOCIATION","sector":"HOUSING",
                 "status":"ACTIVE","region":"North West","gssCode":null,"membershipType":"ORGANISATION",
                 "contacts":[],"formerContacts":[],"history":[]}""");
        signInWith(StubServices.token("person-ivy", "org-housing", "ORG_ADMIN", "Ivy", "ivy@irwell.example"));

        Document account = portal.get("/account").html();
        PortalClient.Page page = portal.get("/account/engagement");
        PortalClient.Page download = portal.get("/account/engagement/by-month.csv");

        assertThat(account.select("a[href=/account/engagement]")).isEmpty();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("main p").first().text()).contains("kept for the councils of the UK council register");
        assertThat(download.status()).isEqualTo(404);
        assertThat(services.received()).noneMatch(request -> request.path().startsWith("/api/engagement/"));
    }

    /** Each body row's text, cell by cell. */
    private static List<String> rows(Document html, String table) {
        return html.select(table + " tbody tr").eachText();
    }

    /**
     * Salford's record: a member since June 2025 (when a contact also accepted an invitation), one booking of two
     * places in May 2026, both attended, 7 CPD hours.
     */
    static String salfordsRecord() {
        YearMonth first = YearMonth.of(2024, 6);
        String trend = IntStream.range(0, 24).mapToObj(i -> {
            YearMonth month = first.plusMonths(i);
            boolean last = i == 23;
            return "{\"month\":\"" + month + "\",\"member\":" + (i >= 12) + ",\"bookings\":" + (last ? 1 : 0)
                    + ",\"attendees\":" + (last ? 2 : 0) + ",\"attended\":" + (last ? 2 : 0) + ",\"cpdHours\":"
                    + (last ? 7 : 0) + ",\"invitations\":" + (i == 12 ? 1 : 0) + ",\"accepted\":" + (i == 12 ? 1 : 0)
                    + ",\"declined\":0,\"joins\":" + (i == 12 ? 1 : 0) + ",\"renewals\":0,\"lapses\":0}";
        }).collect(Collectors.joining(","));
        return """
                {"gssCode":"E08000006","name":"Salford","type":"Metropolitan district","region":"North West",
                 "membershipStatus":"ACTIVE","organisationId":"org-salford","memberSince":"2025-06-02","renewals":0,
                 "lapses":0,"level":"ENGAGED","period12m":{"from":"2025-06","to":"2026-05"},"bookings12m":1,
                 "attendees12m":2,"attended12m":2,"cpdHours12m":7.0,"invitations12m":1,"accepted12m":1,"declined12m":0,
                 "courses12m":[{"courseCode":"SV-PROC","courseTitle":"Social Value in Procurement","bookings":1,
                   "attendees":2,"attended":2,"cpdHours":7.0}],
                 "trend":[""" + trend + "]}";
    }
}
