package uk.socialvalue.membership.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.membership.Members;
import uk.socialvalue.membership.MembershipIntegrationTest;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.EventPublisher;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.membership.engagement.EngagementEvents.activated;
import static uk.socialvalue.membership.engagement.EngagementEvents.applied;
import static uk.socialvalue.membership.engagement.EngagementEvents.attendance;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;
import static uk.socialvalue.membership.engagement.EngagementEvents.session;

/** The engagement API as SVUK staff and councils use it, fed through the real broker by the services' events. */
@MembershipIntegrationTest
class EngagementInsightTests {

    /** The contract's figures, within 10 seconds of the event. */
    static final Duration PROMPTLY = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, byte[]> kafkaTemplate;

    @Autowired
    MutableClock clock;

    Members members;
    EngagementApi engagement;
    EventPublisher events;
    String admin;

    @BeforeEach
    void setUp() {
        members = new Members(port, kafka, codec);
        engagement = new EngagementApi(port);
        events = new EventPublisher(kafkaTemplate, codec);
        admin = members.adminToken();
    }

    @Test
    void coversEveryCouncilOfTheRegisterInEveryRegionAndNationAsTheyAreSinceThe2023Reorganisations() {
        JsonNode regions = engagement.regions(admin);

        CouncilRegister register = CouncilRegister.shipped();
        assertThat(regions.valueStream().map(row -> row.get("region").asString()))
                .containsExactlyElementsOf(register.regions());
        assertThat(regions.valueStream().mapToInt(row -> row.get("councils").asInt()).sum()).isEqualTo(382);
        assertThat(regions.valueStream()).allSatisfy(row -> assertThat(row.get("councils").asInt())
                .isEqualTo(row.get("none").asInt() + row.get("aware").asInt() + row.get("engaged").asInt()
                        + row.get("leading").asInt()));
        assertThat(regions.get(0).propertyNames()).startsWith("region", "councils", "members", "engaged", "none");

        assertThat(gssCodes(engagement.councils("North%20West", admin)))
                .hasSize(36)
                .contains("E06000063", "E06000064") // Cumberland, Westmorland and Furness
                .doesNotContain("E10000006", "E07000026", "E07000028"); // Cumbria County, Allerdale, Carlisle
        assertThat(gssCodes(engagement.councils("yorkshire-and-the-humber", admin)))
                .contains("E06000065").doesNotContain("E10000023", "E07000165"); // North Yorkshire; not its county, Harrogate
        JsonNode southWest = engagement.councils("South%20West", admin);
        assertThat(gssCodes(southWest)).contains("E06000066").doesNotContain("E10000027", "E07000187"); // Somerset
        assertThat(southWest.valueStream().filter(row -> row.get("gssCode").asString().equals("E06000066"))
                .findFirst().orElseThrow().get("name").asString()).isEqualTo("Somerset");
        assertThat(southWest.get(0).propertyNames()).containsExactly("gssCode", "name", "membershipStatus",
                "bookings12m", "attended12m", "cpdHours12m", "invitations12m", "accepted12m", "level",
                "accreditedPeople");
    }

    @Test
    void showsACouncilsMembershipTrainingAndWorkingGroupsWithinTenSecondsOfEachEvent() {
        String cardiff = "W06000015";
        var council = members.approvedCouncil(cardiff);

        await().atMost(PROMPTLY).untilAsserted(() -> {
            JsonNode record = engagement.council(cardiff, admin);
            assertThat(record.get("membershipStatus").asString()).isEqualTo("ACTIVE");
            assertThat(record.get("organisationId").asString()).isEqualTo(council.organisationId());
            assertThat(record.get("level").asString()).isEqualTo("AWARE");
        });
        JsonNode joined = engagement.council(cardiff, admin);
        assertThat(joined.get("memberSince").asString()).isEqualTo(LocalDate.now(clock.withZone(Window.UK)).toString());
        assertThat(joined.get("trend").get(23).get("joins").asInt()).isEqualTo(1);
        assertThat(joined.get("trend").get(23).get("member").asBoolean()).isTrue();

        var session = session(Instant.now().minus(1, ChronoUnit.HOURS));
        var booking = booking(council.organisationId(), "ada@cardiff.example", "bob@cardiff.example");
        events.publish(List.of(confirmed(session, booking, Instant.now().minus(2, ChronoUnit.DAYS)),
                attendance(session, booking, "ada@cardiff.example", true, Instant.now()),
                attendance(session, booking, "bob@cardiff.example", false, Instant.now())));
        await().atMost(PROMPTLY).untilAsserted(() -> {
            JsonNode row = engagement.row("Wales", cardiff, admin);
            assertThat(row.get("bookings12m").asInt()).isEqualTo(1);
            assertThat(row.get("attended12m").asInt()).isEqualTo(1);
            assertThat(row.get("cpdHours12m").decimalValue()).isEqualByComparingTo("3.5");
            assertThat(row.get("level").asString()).isEqualTo("ENGAGED");
        });

        String meeting = walesMeetingWithInvitationsIssued();
        String token = invitationTokenFor(meeting, council.email());
        Response accepted = engagement.client().post("/api/invitations/" + token + "/response",
                Map.of("answer", "ACCEPTED"), null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        await().atMost(PROMPTLY).untilAsserted(() -> {
            JsonNode row = engagement.row("Wales", cardiff, admin);
            assertThat(row.get("invitations12m").asInt()).isEqualTo(1);
            assertThat(row.get("accepted12m").asInt()).isEqualTo(1);
            assertThat(row.get("level").asString()).isEqualTo("LEADING");
        });
        JsonNode record = engagement.council(cardiff, admin);
        assertThat(record.get("attendees12m").asInt()).isEqualTo(2);
        assertThat(record.get("courses12m")).singleElement().satisfies(course -> {
            assertThat(course.get("courseCode").asString()).isEqualTo("SV-PROC");
            assertThat(course.get("courseTitle").asString()).isEqualTo("Social Value in Procurement");
            assertThat(course.get("bookings").asInt()).isEqualTo(1);
            assertThat(course.get("attendees").asInt()).isEqualTo(2);
            assertThat(course.get("attended").asInt()).isEqualTo(1);
        });
        Response courses = engagement.client().get("/api/engagement/councils/" + cardiff + "/courses", admin,
                "text/csv");
        assertThat(courses.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(courses.body().lines()).containsExactly(
                "courseCode,courseTitle,bookings,attendees,attended,cpdHours",
                "SV-PROC,\"Social Value in Procurement\",1,2,1,3.5");
        assertThat(record.get("trend")).hasSize(24);
        assertThat(record.at("/period12m/to").asString()).isEqualTo(record.get("trend").get(23).get("month").asString());
        JsonNode wales = engagement.region("Wales", admin);
        assertThat(wales.get("members").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(wales.get("leading").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(wales.get("accepted12m").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void countsTheLastTwelveMonthsByTheServicesClock() {
        String glasgow = "S12000049";
        String organisation = EngagementEvents.id();
        Instant now = clock.instant();
        var session = session(now.minus(1, ChronoUnit.HOURS));
        var booking = booking(organisation, "ada@glasgow.example");
        events.publish(List.of(applied(organisation, glasgow, "Glasgow City", "Scotland", now.minusSeconds(60)),
                activated(organisation, glasgow, "Glasgow City", "Scotland", now.minusSeconds(30)),
                confirmed(session, booking, now), attendance(session, booking, "ada@glasgow.example", true, now)));
        await().atMost(PROMPTLY).untilAsserted(() ->
                assertThat(engagement.row("Scotland", glasgow, admin).get("attended12m").asInt()).isEqualTo(1));

        try {
            clock.advance(Duration.ofDays(366));
            admin = members.adminToken(); // tokens are checked against the same clock
            JsonNode yearOn = engagement.council(glasgow, admin);
            assertThat(yearOn.get("bookings12m").asInt()).isZero();
            assertThat(yearOn.get("attended12m").asInt()).isZero();
            assertThat(yearOn.get("trend").get(11).get("attended").asInt()).as("a year ago in the trend").isEqualTo(1);
            assertThat(yearOn.get("level").asString()).isEqualTo("AWARE");

            clock.advance(Duration.ofDays(366));
            admin = members.adminToken();
            assertThat(engagement.council(glasgow, admin).get("trend").valueStream()
                    .mapToInt(month -> month.get("attended").asInt()).sum()).as("past the trend").isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void showsACouncilsContactTheirOwnRecordAndNothingElse() {
        var swansea = members.approvedCouncil("W06000011");
        await().atMost(PROMPTLY).until(() -> engagement.client()
                .get("/api/engagement/councils/W06000011", swansea.token()).status() == 200);

        JsonNode own = engagement.council("W06000011", swansea.token());
        assertThat(own.get("name").asString()).isEqualTo("Swansea");
        assertThat(own.get("trend")).hasSize(24);
        assertThat(status("/api/engagement/councils/W06000011/courses", swansea.token())).isEqualTo(200);
        assertThat(status("/api/engagement/councils/W06000002", swansea.token())).isEqualTo(403);
        assertThat(status("/api/engagement/councils/W06000002/courses", swansea.token())).isEqualTo(403);
        assertThat(status("/api/engagement/regions", swansea.token())).isEqualTo(403);
        assertThat(status("/api/engagement/regions/Wales/councils", swansea.token())).isEqualTo(403);
        assertThat(status("/api/engagement/regions", null)).isEqualTo(401);
        assertThat(status("/api/engagement/councils/W06000011", null)).isEqualTo(401);
    }

    @Test
    void describesTheEngagementApiInTheServicesOpenApiDocument() {
        Response docs = engagement.client().get("/v3/api-docs", null);

        assertThat(docs.json().get("paths").propertyNames()).contains("/api/engagement/regions",
                "/api/engagement/regions/{region}/councils", "/api/engagement/councils/{gssCode}",
                "/api/engagement/councils/{gssCode}/courses");
        assertThat(docs.json().at("/paths/~1api~1engagement~1regions/get/responses/200/content").propertyNames())
                .contains("application/json", "text/csv");
    }

    @Test
    void answersAnUnknownRegionOrCouncilWithAProblem() {
        Response region = engagement.client().get("/api/engagement/regions/Atlantis/councils", admin);
        Response council = engagement.client().get("/api/engagement/councils/E99999999", admin);
        Response asCsv = engagement.client().get("/api/engagement/regions/Atlantis/councils", admin, "text/csv");

        assertThat(region.status()).isEqualTo(404);
        assertThat(region.contentType()).startsWith("application/problem+json");
        assertThat(region.text("/detail")).contains("Atlantis");
        assertThat(council.status()).isEqualTo(404);
        assertThat(council.text("/detail")).contains("E99999999");
        assertThat(asCsv.status()).isEqualTo(404);
    }

    @Test
    void exportsEachTableAsCsvWithTheSameColumns() {
        Response regions = engagement.client().get("/api/engagement/regions", admin, "text/csv");
        Response scotland = engagement.client().get("/api/engagement/regions/Scotland/councils", admin, "text/csv");
        Response trend = engagement.client().get("/api/engagement/councils/S12000036", admin, "text/csv");
        Response anything = engagement.client().get("/api/engagement/regions", admin, "*/*");

        assertThat(regions.status()).isEqualTo(200);
        assertThat(regions.contentType()).isEqualTo("text/csv;charset=UTF-8");
        List<String> regionLines = regions.body().lines().toList();
        assertThat(regionLines.get(0)).isEqualTo("region,councils,members,engaged,none,aware,leading,bookings12m,"
                + "attendees12m,attended12m,cpdHours12m,invitations12m,accepted12m,accreditedPeople");
        assertThat(regionLines).hasSize(13).anyMatch(line -> line.startsWith("\"Yorkshire and The Humber\",15,")
                || line.startsWith("Yorkshire and The Humber,15,"));

        assertThat(scotland.contentType()).isEqualTo("text/csv;charset=UTF-8");
        List<String> councilLines = scotland.body().lines().toList();
        assertThat(councilLines.get(0)).isEqualTo("gssCode,name,membershipStatus,bookings12m,attended12m,"
                + "cpdHours12m,invitations12m,accepted12m,level,accreditedPeople");
        assertThat(councilLines).hasSize(33).contains("S12000036,\"City of Edinburgh\",,0,0,0,0,0,NONE,0");

        List<String> trendLines = trend.body().lines().toList();
        assertThat(trendLines.get(0)).isEqualTo("month,member,bookings,attendees,attended,cpdHours,invitations,"
                + "accepted,declined,joins,renewals,lapses");
        assertThat(trendLines).hasSize(25);
        assertThat(anything.contentType()).startsWith("application/json");
    }

    private int status(String path, String token) {
        return engagement.client().get(path, token).status();
    }

    private static List<String> gssCodes(JsonNode councils) {
        return councils.valueStream().map(row -> row.get("gssCode").asString()).toList();
    }

    private String walesMeetingWithInvitationsIssued() {
        Response group = engagement.client().post("/api/working-groups", Map.of("name", Unique.name("Welsh councils"),
                "kind", "REGIONAL", "region", "Wales", "description", "Officers"), admin);
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Instant startsAt = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Response meeting = engagement.client().post("/api/working-groups/" + group.text("/id") + "/meetings",
                Map.of("title", "Measuring social value", "agenda", "Outcomes", "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(2, ChronoUnit.HOURS).toString(), "venue", "Cardiff City Hall"), admin);
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        Response issued = engagement.client().post("/api/meetings/" + meeting.text("/id") + "/invitations", null,
                admin);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return meeting.text("/id");
    }

    private String invitationTokenFor(String meeting, String email) {
        try (var consumer = new KafkaTestConsumer(kafka, List.of(Topics.MEMBERSHIP_WORKING_GROUPS))) {
            var record = consumer.awaitRecord(r -> meeting.equals(r.key()) && codec.decode(r)
                    .filter(event -> event instanceof WorkingGroupInvitationIssued issued
                            && issued.invitee().email().equals(email)).isPresent());
            String acceptUrl = TestLinkKeys.get().open(
                    ((WorkingGroupInvitationIssued) codec.decode(record).orElseThrow()).sealedAcceptUrl());
            return acceptUrl.substring(acceptUrl.lastIndexOf('/') + 1, acceptUrl.indexOf('?'));
        }
    }
}
