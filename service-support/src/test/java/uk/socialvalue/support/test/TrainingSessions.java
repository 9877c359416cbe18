package uk.socialvalue.support.test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules sessions of the procurement course through training-service's API, as SVUK staff do, for the
 * service's own tests and the end-to-end ones alike.
 */
public final class TrainingSessions {

    /** The course every test session is of. */
    public static final String COURSE_CODE = "SV-PROC";
    public static final String COURSE_TITLE = "Social Value in Procurement";

    private TrainingSessions() {
    }

    /**
     * Schedules an in-person six-hour session of the procurement course starting after {@code startsIn}, to the
     * minute, with this many seats; {@code bookingCutOff} may be {@code null} for the default.
     *
     * @return the session's id
     */
    public static String schedule(ApiClient training, String adminToken, int capacity, Duration startsIn,
            Instant bookingCutOff) {
        Instant startsAt = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("courseId", courseId(training, COURSE_CODE));
        request.put("startsAt", startsAt.toString());
        request.put("endsAt", startsAt.plus(Duration.ofHours(6)).toString());
        request.put("format", "IN_PERSON");
        request.put("venue", "Salford Civic Centre, Chorley Road, Swinton M27 5AW");
        request.put("capacity", capacity);
        request.put("memberPrice", "250.00");
        request.put("nonMemberPrice", "400.00");
        if (bookingCutOff != null) {
            request.put("bookingCutOff", bookingCutOff.toString());
        }
        var response = training.post("/api/sessions", request, adminToken);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("/id");
    }

    /** The id of the catalogue's course with this code. */
    public static String courseId(ApiClient training, String code) {
        List<JsonNode> courses = training.get("/api/courses", null).json().valueStream().toList();
        return courses.stream().filter(course -> code.equals(course.path("code").asString())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No course " + code + " in the catalogue"))
                .path("id").asString();
    }
}
