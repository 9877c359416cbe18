package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;

/** What SVUK staff do with working groups and meetings, what they must get right, and who else may look. */
@MembershipIntegrationTest
class WorkingGroupAdministrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    WorkingGroupApi groups;
    ApiClient api;
    Members members;
    String admin;

    @BeforeEach
    void setUp() {
        groups = new WorkingGroupApi(port);
        api = groups.api();
        members = new Members(port, kafka, codec);
        admin = members.adminToken();
    }

    @Test
    void anAdminAddsAndLeavesOutOrganisationsByHandAndSeesHowManyAreEligible() {
        String group = groups.northWestGroup(admin);
        String welshCharity = approvedCharityInWales();
        int eligible = api.get("/api/working-groups/" + group, admin).json().get("eligibleOrganisations").asInt();

        Response included = api.post("/api/working-groups/" + group + "/inclusions",
                Map.of("organisationId", welshCharity), admin);
        assertThat(included.status()).as(included.toString()).isEqualTo(200);
        assertThat(included.json().get("eligibleOrganisations").asInt()).isEqualTo(eligible + 1);
        assertThat(included.json().get("includedOrganisationIds").valueStream().map(JsonNode::asString))
                .containsExactly(welshCharity);

        Response excluded = api.post("/api/working-groups/" + group + "/exclusions",
                Map.of("organisationId", welshCharity), admin);
        assertThat(excluded.json().get("eligibleOrganisations").asInt()).isEqualTo(eligible);
        assertThat(excluded.json().get("includedOrganisationIds").isEmpty()).isTrue();
        assertThat(excluded.json().get("excludedOrganisationIds").valueStream().map(JsonNode::asString))
                .containsExactly(welshCharity);

        Response unknown = api.post("/api/working-groups/" + group + "/inclusions",
                Map.of("organisationId", "no-such-organisation"), admin);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("/errors/0/field")).isEqualTo("organisationId");
    }

    @Test
    void listsGroupsTheirMeetingsAndEachMeetingsInvitationCounts() {
        Response created = api.post("/api/working-groups", Map.of("name", "Health " + WorkingGroupApi.unique(),
                "kind", "SECTOR", "sector", "HEALTH"), admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String group = created.text("/id");
        assertThat(created.location()).endsWith("/api/working-groups/" + group);
        assertThat(created.text("/kind")).isEqualTo("SECTOR");
        assertThat(created.text("/sector")).isEqualTo("HEALTH");
        String meeting = groups.meeting(admin, group);

        assertThat(api.get("/api/working-groups", admin).json().valueStream().map(g -> g.get("id").asString()))
                .contains(group);
        JsonNode meetings = api.get("/api/working-groups/" + group + "/meetings", admin).json();
        assertThat(meetings.valueStream().map(m -> m.get("id").asString())).containsExactly(meeting);
        String second = groups.meeting(admin, group);
        Response firstPage = api.get("/api/working-groups/" + group + "/meetings?page=0&size=1", admin);
        assertThat(firstPage.json().size()).isEqualTo(1);
        assertThat(api.get("/api/working-groups/" + group + "/meetings?page=1&size=1", admin).json()
                .valueStream().map(m -> m.get("id").asString())).as("the next page").hasSize(1)
                .doesNotContain(firstPage.json().get(0).get("id").asString()).containsAnyOf(meeting, second);
        assertField(api.get("/api/working-groups/" + group + "/meetings?size=101", admin), "size");
        assertField(api.get("/api/meetings/" + meeting + "/invitations?size=501", admin), "size");
        Response one = api.get("/api/meetings/" + meeting, admin);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text("/workingGroupId")).isEqualTo(group);
        assertThat(one.text("/onlineUrl")).isEqualTo("https://meet.example/nw");
        assertThat(one.json().at("/invitationCounts/PENDING").asInt()).isZero();
        assertThat(one.json().get("invitationsIssuedAt").isNull()).isTrue();
    }

    @Test
    void refusesAGroupWithoutAKnownRegionOrSectorNamingTheField() {
        assertField(api.post("/api/working-groups", Map.of("name", "Atlantis", "kind", "REGIONAL",
                "region", "Atlantis"), admin), "region");
        assertField(api.post("/api/working-groups", Map.of("name", "Health", "kind", "SECTOR"), admin), "sector");
        assertField(api.post("/api/working-groups", Map.of("name", "Anyone", "kind", "GLOBAL"), admin), "kind");
        assertField(api.post("/api/working-groups", Map.of("kind", "SECTOR", "sector", "HEALTH"), admin), "name");
    }

    @Test
    void refusesAMeetingThatEndsFirstStartsInThePastOrHasNowhereSafeToMeet() {
        String group = groups.northWestGroup(admin);
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String path = "/api/working-groups/" + group + "/meetings";

        assertField(api.post(path, WorkingGroupApi.meetingRequest(start.toString(), start.minusSeconds(3600).toString(),
                "Civic Centre", null), admin), "endsAt");
        assertField(api.post(path, WorkingGroupApi.meetingRequest("2020-01-01T10:00:00Z", "2020-01-01T11:00:00Z",
                "Civic Centre", null), admin), "startsAt");
        assertField(api.post(path, WorkingGroupApi.meetingRequest(start.toString(), start.plusSeconds(3600).toString(),
                null, null), admin), "venue");
        assertField(api.post(path, WorkingGroupApi.meetingRequest(start.toString(), start.plusSeconds(3600).toString(),
                null, "http://meet.example/plain"), admin), "onlineUrl");
        assertField(api.post(path, WorkingGroupApi.meetingRequest("next Tuesday", start.toString(), "Hall", null),
                admin), "startsAt");
        Map<String, Object> untitled = new HashMap<>(WorkingGroupApi.meetingRequest(start.toString(),
                start.plusSeconds(3600).toString(), "Hall", null));
        untitled.remove("title");
        assertField(api.post(path, untitled, admin), "title");
    }

    @Test
    void unknownGroupsAndMeetingsAreNotFound() {
        assertThat(api.get("/api/working-groups/nope", admin).status()).isEqualTo(404);
        assertThat(api.post("/api/working-groups/nope/meetings", WorkingGroupApi.meetingRequest(
                Instant.now().plus(1, ChronoUnit.DAYS).toString(), Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "Hall", null), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/working-groups/nope/meetings", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/meetings/nope", admin).status()).isEqualTo(404);
        assertThat(api.post("/api/meetings/nope/invitations", null, admin).status()).isEqualTo(404);
        assertThat(api.get("/api/meetings/nope/invitations", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/organisations/nope/invitations", admin).status()).isEqualTo(404);
    }

    @Test
    void aCouncilOfficerSeesOnlyTheirOwnCouncilsInvitationsAndCannotRunGroups() {
        Members.SignedIn stockport = members.approvedCouncil("E08000007");
        var tameside = groups.approvedCouncil(admin, "E08000008");
        String group = groups.northWestGroup(admin);
        String meeting = groups.meeting(admin, group);
        groups.issue(admin, meeting);

        Response own = api.get("/api/organisations/" + stockport.organisationId() + "/invitations", stockport.token());
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("items").valueStream())
                .filteredOn(item -> item.get("meetingId").asString().equals(meeting))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("email").asString()).isEqualTo(stockport.email());
                    assertThat(item.get("status").asString()).isEqualTo("PENDING");
                    assertThat(item.get("answerable").asBoolean()).isTrue();
                });
        assertThat(api.get("/api/organisations/" + tameside.organisationId() + "/invitations", stockport.token())
                .status()).isEqualTo(404);
        assertThat(api.get("/api/organisations/" + tameside.organisationId() + "/invitations", admin).status())
                .isEqualTo(200);

        assertThat(api.post("/api/working-groups", Map.of("name", "Ours", "kind", "REGIONAL", "region",
                "North West"), stockport.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/working-groups/" + group + "/meetings", WorkingGroupApi.meetingRequest(
                Instant.now().plus(1, ChronoUnit.DAYS).toString(), Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "Hall", null), stockport.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings/" + meeting + "/invitations", stockport.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/meetings/" + meeting + "/invitations", null, stockport.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/working-groups", null).status()).isEqualTo(401);
        assertThat(api.get("/api/organisations/" + stockport.organisationId() + "/invitations", null).status())
                .isEqualTo(401);
    }

    @Test
    void documentsTheWorkingGroupApi() {
        Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/working-groups",
                "/api/working-groups/{id}/meetings", "/api/meetings/{id}/invitations",
                "/api/invitations/{token}/response", "/api/organisations/{id}/invitations");
    }

    private String approvedCharityInWales() {
        Response applied = api.post("/api/applications", Map.of(
                "organisation", Map.of("type", "CHARITY_OR_SOCIAL_ENTERPRISE", "name", "Cymru Social Value",
                        "region", "Wales"),
                "contact", Map.of("name", "Rhian Jones", "email", "rhian-" + WorkingGroupApi.unique() + "@cymru.example"),
                "membershipType", "CHARITY_OR_SOCIAL_ENTERPRISE"), null);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.text("/organisationId");
        assertThat(api.post("/api/organisations/" + id + "/approval", null, admin).status()).isEqualTo(200);
        return id;
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(response.toString()).contains(field);
    }
}
