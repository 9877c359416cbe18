package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public sessions list, read from the calendar (a listing by UK hour kept by every write of a session), paged
 * through while sessions are scheduled, moved and cancelled.
 */
@TrainingIntegrationTest
class SessionListingTests {

    @Autowired
    TrainingFixtures fixtures;

    @Test
    void pagesThroughAMonthSoonestFirstWithoutMissingOrRepeatingASessionAndWithoutCancelledOnes() {
        // a month of its own, years ahead, so that other tests' sessions stay out of it
        YearMonth month = YearMonth.from(Instant.now().plus(Duration.ofDays(3_000)).atZone(UkTime.ZONE));
        Instant firstDay = month.atDay(1).atStartOfDay(UkTime.ZONE).toInstant();
        List<String> scheduled = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // over five days, scheduled in another order than listed
            Instant startsAt = firstDay.plus(Duration.ofDays(1 + (i * 3) % 5)).plus(Duration.ofHours(9 + i % 4));
            scheduled.add(fixtures.scheduleSession(10,
                    Duration.between(Instant.now().truncatedTo(ChronoUnit.MINUTES), startsAt).plusSeconds(30)));
        }
        String cancelled = scheduled.get(4);
        assertThat(fixtures.api().post("/api/sessions/" + cancelled + "/cancellation", Map.of("reason", "Venue lost"),
                fixtures.admin()).status()).isEqualTo(200);
        String moved = scheduled.get(7);
        Instant lastDay = firstDay.plus(Duration.ofDays(20)).plus(Duration.ofHours(10));
        Response rescheduled = fixtures.api().patch("/api/sessions/" + moved,
                Map.of("startsAt", lastDay.toString(), "endsAt", lastDay.plus(Duration.ofHours(6)).toString()),
                fixtures.admin());
        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);

        List<JsonNode> pages = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            pages.addAll(list("/api/sessions?month=" + month + "&size=5&page=" + page));
        }

        List<String> expected = scheduled.stream().filter(id -> !id.equals(cancelled))
                .map(id -> fixtures.api().get("/api/sessions/" + id, null).json())
                .sorted(Comparator.comparing((JsonNode session) -> Instant.parse(session.get("startsAt").asString()))
                        .thenComparing(session -> session.get("id").asString()))
                .map(session -> session.get("id").asString()).toList();
        assertThat(pages).extracting(session -> session.get("id").asString())
                .as("every scheduled session once, soonest first, the cancelled one not at all")
                .containsExactlyElementsOf(expected).doesNotContain(cancelled);
        assertThat(expected.get(expected.size() - 1)).as("the moved session listed where it now starts").isEqualTo(moved);
        assertThat(list("/api/sessions?month=" + month + "&from=" + lastDay + "&size=5"))
                .extracting(session -> session.get("id").asString()).containsExactly(moved);
        assertThat(list("/api/sessions?month=" + month.plusMonths(1))).isEmpty();
    }

    private List<JsonNode> list(String path) {
        Response response = fixtures.api().get(path, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().valueStream().toList();
    }
}
