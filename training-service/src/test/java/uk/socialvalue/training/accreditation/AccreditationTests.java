package uk.socialvalue.training.accreditation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.AccreditationExpiryDue;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

/** Staff define a track; attending its course completes a level, announced; a reminder goes before it expires. */
@TrainingIntegrationTest
class AccreditationTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @Autowired
    Accrediting accrediting;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void completesALevelByAttendingItsCourseAndRemindsOnceSixtyDaysBeforeItExpires() {
        Response defined = fixtures.api().post("/api/accreditation-tracks", Map.of("name",
                "Social Value Practitioner " + UUID.randomUUID(), "courseIds",
                List.of(fixtures.courseId("SV-INTRO"), fixtures.courseId("SV-PROC")), "validityMonths", 24),
                fixtures.admin());
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String trackId = defined.text("/id");
        assertThat(defined.json().get("levels").get(1).get("courseCode").asString()).isEqualTo("SV-PROC");
        assertThat(fixtures.api().get("/api/accreditation-tracks/" + trackId, null).status()).isEqualTo(200);
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(ada),
                fixtures.contactOf(organisationId)).status()).isEqualTo(201);
        Instant startsAt = Instant.parse(fixtures.api().get("/api/sessions/" + sessionId, null).text("/startsAt"));
        clock.setTo(startsAt.plus(Duration.ofHours(1)));

        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/attendance",
                Map.of("attendance", List.of(Map.of("email", ada, "attended", true))), fixtures.admin()).status())
                .isEqualTo(200);

        LocalDate attended = LocalDate.ofInstant(startsAt, UkTime.ZONE);
        Response held = fixtures.api().get("/api/accreditations?email=" + ada, fixtures.contactOf(organisationId));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().valueStream().filter(a -> a.get("trackId").asString().equals(trackId)).toList())
                .singleElement().satisfies(level -> {
                    assertThat(level.get("level").asInt()).isEqualTo(2);
                    assertThat(level.get("levelTitle").asString()).isEqualTo("Social Value in Procurement");
                    assertThat(LocalDate.parse(level.get("expiresOn").asString()))
                            .isEqualTo(attended.plusMonths(24).minusDays(1));
                    assertThat(level.get("valid").asBoolean()).isTrue();
                });
        assertThat(fixtures.api().get("/api/accreditations?email=" + ada,
                fixtures.contactOf(UUID.randomUUID().toString())).json()).as("another organisation's").isEmpty();
        assertThat(fixtures.api().post("/api/accreditation-tracks", Map.of("name", "Nope", "courseIds",
                List.of("no-such-course"), "validityMonths", 12), fixtures.admin()).body()).contains("courseIds[0]");

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var completed = (AccreditationLevelCompleted) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("training.AccreditationLevelCompleted.v1").and(r -> trackId.equals(r.key()))))
                    .orElseThrow();
            assertThat(completed.attendee().email()).isEqualTo(ada);
            assertThat(completed.levels()).isEqualTo(2);

            LocalDate expires = attended.plusMonths(24).minusDays(1);
            clock.setTo(expires.minusDays(61).atTime(12, 0).atZone(UkTime.ZONE).toInstant());
            accrediting.remindExpiring();
            assertThat(consumer.records(KafkaTestConsumer.ofType("training.AccreditationExpiryDue.v1")
                    .and(r -> trackId.equals(r.key())))).as("61 days before: not yet").isEmpty();
            clock.setTo(expires.minusDays(60).atTime(12, 0).atZone(UkTime.ZONE).toInstant());
            assertThat(accrediting.remindExpiring()).isPositive();
            accrediting.remindExpiring();

            var due = (AccreditationExpiryDue) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("training.AccreditationExpiryDue.v1").and(r -> trackId.equals(r.key())))).orElseThrow();
            assertThat(due.attendee().email()).isEqualTo(ada);
            assertThat(due.expiresOn()).isEqualTo(expires);
            assertThat(consumer.records(KafkaTestConsumer.ofType("training.AccreditationExpiryDue.v1")
                    .and(r -> trackId.equals(r.key())))).as("once").hasSize(1);
        }
    }

    @Test
    void withdrawsTheLevelOnceWhenTheAttendanceIsCorrectedToAbsent() {
        Response defined = fixtures.api().post("/api/accreditation-tracks", Map.of("name",
                "Social Value Practitioner " + UUID.randomUUID(), "courseIds", List.of(fixtures.courseId("SV-PROC")),
                "validityMonths", 24), fixtures.admin());
        String trackId = defined.text("/id");
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        assertThat(fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(ada),
                fixtures.contactOf(organisationId)).status()).isEqualTo(201);
        Instant startsAt = Instant.parse(fixtures.api().get("/api/sessions/" + sessionId, null).text("/startsAt"));
        clock.setTo(startsAt.plus(Duration.ofHours(1)));
        String attendance = "/api/sessions/" + sessionId + "/attendance";
        assertThat(fixtures.api().post(attendance, Map.of("attendance", List.of(Map.of("email", ada, "attended",
                true))), fixtures.admin()).status()).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            assertThat(fixtures.api().post(attendance, Map.of("attendance", List.of(Map.of("email", ada,
                    "attended", false))), fixtures.admin()).status()).isEqualTo(200);
        }

        assertThat(fixtures.api().get("/api/accreditations?email=" + ada, fixtures.admin()).json().valueStream()
                .filter(a -> a.get("trackId").asString().equals(trackId)).toList()).as("no longer held").isEmpty();
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var withdrawn = (AccreditationLevelWithdrawn) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("training.AccreditationLevelWithdrawn.v1").and(r -> trackId.equals(r.key()))))
                    .orElseThrow();
            assertThat(withdrawn.attendee().email()).isEqualTo(ada);
            assertThat(withdrawn.organisationId()).isEqualTo(organisationId);
            assertThat(withdrawn.completedOn()).isEqualTo(LocalDate.ofInstant(startsAt, UkTime.ZONE));
            assertThat(consumer.records(KafkaTestConsumer.ofType("training.AccreditationLevelWithdrawn.v1")
                    .and(r -> trackId.equals(r.key())))).as("once, though recorded absent twice").hasSize(1);
        }
    }
}
