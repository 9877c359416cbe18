package uk.socialvalue.training.catalogue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.support.security.Role;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@TrainingIntegrationTest
class CatalogueTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    Catalogue catalogue;

    @Autowired
    CourseLoads courseLoads;

    @Test
    void listsTheSeededCoursesToAnyone() {
        Response courses = fixtures.api().get("/api/courses", null);

        assertThat(courses.status()).isEqualTo(200);
        assertThat(courses.json().valueStream().map(course -> course.get("title").asString()))
                .contains("Social Value in Procurement", "Social Value in Commissioning",
                        "Introduction to Social Value", "Social Value and Impact Management (Level 1 preparation)");
    }

    @Test
    void seedsNothingMoreWhenStartedAgain() {
        int before = catalogue.courses(true).size();

        assertThat(catalogue.seed()).isZero();
        assertThat(catalogue.courses(true)).hasSize(before);
    }

    @Test
    void letsAnAdminCreateEditAndRetireACourse() {
        String code = "SV-TEST-" + System.nanoTime();
        Response created = fixtures.api().post("/api/courses", Map.of("code", code, "title", "Measuring wellbeing",
                "summary", "Valuing changes in wellbeing.", "cpdHours", 3.5), fixtures.admin());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("/id");
        assertThat(created.location()).endsWith("/api/courses/" + id);
        assertThat(created.json().get("cpdHours").decimalValue()).isEqualByComparingTo("3.5");

        Response edited = fixtures.api().put("/api/courses/" + id, Map.of("code", code, "title", "Measuring wellbeing well",
                "summary", "Valuing changes in wellbeing.", "cpdHours", 4), fixtures.admin());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.text("/title")).isEqualTo("Measuring wellbeing well");

        Response retired = fixtures.api().post("/api/courses/" + id + "/retirement", null, fixtures.admin());
        assertThat(retired.text("/status")).isEqualTo("RETIRED");
        assertThat(fixtures.api().get("/api/courses", null).json().valueStream()
                .map(course -> course.get("id").asString())).doesNotContain(id);
    }

    @Test
    void letsOneOfTwoConcurrentEditsOfACourseWinAndAnswersTheOther409() throws Exception {
        String code = "SV-RACE-" + System.nanoTime();
        Response created = fixtures.api().post("/api/courses", Map.of("code", code, "title", "Valuing outcomes",
                "summary", "Valuing outcomes.", "cpdHours", 2), fixtures.admin());
        String id = created.text("/id");
        courseLoads.meet(id, 2); // both edits read the course before either writes

        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            Future<Response> first = admins.submit(() -> fixtures.api().put("/api/courses/" + id, Map.of("code", code,
                    "title", "Valuing outcomes, first edit", "summary", "Valuing outcomes.", "cpdHours", 2),
                    fixtures.admin()));
            Future<Response> second = admins.submit(() -> fixtures.api().put("/api/courses/" + id, Map.of("code", code,
                    "title", "Valuing outcomes, second edit", "summary", "Valuing outcomes.", "cpdHours", 2),
                    fixtures.admin()));
            List<Response> answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
            Response winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
            Response loser = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
            assertThat(loser.text("/detail")).contains("Course " + id).contains("try again");
            assertThat(fixtures.api().get("/api/courses/" + id, null).text("/title"))
                    .as("the winner's edit stands, not silently overwritten")
                    .isEqualTo(winner.text("/title"));
        } finally {
            admins.shutdownNow();
        }
    }

    @Test
    void refusesADuplicateCodeAndAMissingTitle() {
        Response duplicate = fixtures.api().post("/api/courses", Map.of("code", "SV-PROC", "title", "Again",
                "summary", "Again.", "cpdHours", 1), fixtures.admin());
        Response missing = fixtures.api().post("/api/courses", Map.of("code", "SV-NEW", "summary", "No title.",
                "cpdHours", 1), fixtures.admin());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("/errors/0/field")).isEqualTo("title");
    }

    @Test
    void refusesCourseChangesFromAnyoneButAdmins() {
        var course = Map.of("code", "SV-NOPE", "title", "Nope", "summary", "Nope.", "cpdHours", 1);

        assertThat(fixtures.api().post("/api/courses", course, null).status()).isEqualTo(401);
        assertThat(fixtures.api().post("/api/courses", course, fixtures.tokens().contact("org-1", Role.ORG_ADMIN))
                .status()).isEqualTo(403);
    }
}
