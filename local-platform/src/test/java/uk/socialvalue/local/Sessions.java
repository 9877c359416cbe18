package uk.socialvalue.local;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Training sessions scheduled by SVUK staff through training-service's API, for end-to-end tests. */
final class Sessions {

    static final String COURSE = "Social Value in Procurement";

    private final TestPlatform platform;

    Sessions(TestPlatform platform) {
        this.platform = platform;
    }

    /** An in-person session of the procurement course a month from now, with this many seats. */
    String schedule(int capacity) {
        String courseId = platform.training().get("/api/courses", null).json().valueStream()
                .filter(course -> "SV-PROC".equals(course.path("code").asString())).findFirst().orElseThrow()
                .path("id").asString();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("courseId", courseId);
        session.put("startsAt", startsAt.toString());
        session.put("endsAt", startsAt.plus(Duration.ofHours(6)).toString());
        session.put("format", "IN_PERSON");
        session.put("venue", "Salford Civic Centre, Chorley Road, Swinton M27 5AW");
        session.put("capacity", capacity);
        session.put("memberPrice", "250.00");
        session.put("nonMemberPrice", "400.00");
        Response scheduled = platform.training().post("/api/sessions", session, platform.adminToken());
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.text("/id");
    }
}
