package uk.socialvalue.training.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.training.AccreditationExpiryDue;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.AccreditationTrackDefined;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tracks, completed levels, renewal and the reminder before expiry, without a store. */
class AccreditationRulesTests {

    static final Instant NOW = Instant.parse("2026-06-15T16:00:00Z");
    static final LocalDate ATTENDED = LocalDate.of(2026, 6, 15);
    static final Attendee ADA = new Attendee("Ada Lovelace", "ada@salford.example");

    final Track track = Track.define("Social Value Practitioner", List.of(
            new Track.Level(1, "c-1", "SV-INTRO", "Introduction to Social Value"),
            new Track.Level(2, "c-2", "SV-PROC", "Social Value in Procurement")), 24, NOW);

    @Test
    void definesATrackOfOrderedLevelsAndAnnouncesIt() {
        assertThat(track.levelOf("SV-PROC")).hasValueSatisfying(level -> assertThat(level.number()).isEqualTo(2));
        assertThat(track.levelOf("SV-COMM")).isEmpty();
        assertThat(track.expiryOf(ATTENDED)).isEqualTo(LocalDate.of(2028, 6, 14));
        assertThat(track.events()).singleElement().isInstanceOfSatisfying(AccreditationTrackDefined.class,
                event -> assertThat(event.levelCourses()).containsExactly("SV-INTRO", "SV-PROC"));
        assertThatThrownBy(() -> Track.define("Twice", List.of(new Track.Level(1, "c-1", "SV-PROC", "P"),
                new Track.Level(2, "c-1", "SV-PROC", "P")), 12, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("courseIds"));
        assertThatThrownBy(() -> Track.define("Forever", List.of(new Track.Level(1, "c-1", "SV-PROC", "P")), 0, NOW))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("validityMonths"));
    }

    @Test
    void completingALevelAgainLaterRenewsItAndAnEarlierDayChangesNothing() {
        Accreditation held = Accreditation.completed(track, track.levels().get(1), ADA, "org-1", ATTENDED, NOW);

        assertThat(held.renewBy(track, "org-1", ATTENDED, NOW)).isFalse();
        assertThat(held.renewBy(track, "org-2", ATTENDED.plusYears(1), NOW)).isTrue();

        assertThat(held.expiresOn()).isEqualTo(LocalDate.of(2029, 6, 14));
        assertThat(held.organisationId()).isEqualTo("org-2");
        assertThat(held.events()).hasSize(2).allSatisfy(event -> assertThat(event)
                .isInstanceOf(AccreditationLevelCompleted.class));
    }

    @Test
    void withdrawsALevelOnceWhenTheAttendanceThatCompletedItIsCorrectedAndHoldsItAnewWhenCompletedAgain() {
        Accreditation held = Accreditation.completed(track, track.levels().get(1), ADA, "org-1", ATTENDED, NOW);

        assertThat(held.withdrawIfCompletedOn(ATTENDED.minusDays(7), NOW)).as("another session's").isFalse();
        assertThat(held.withdrawIfCompletedOn(ATTENDED, NOW)).isTrue();
        assertThat(held.withdrawIfCompletedOn(ATTENDED, NOW)).as("once").isFalse();

        assertThat(held.isValidOn(ATTENDED)).isFalse();
        assertThat(held.remind(held.expiresOn().minusDays(10), 60, NOW)).as("no reminder for it").isFalse();
        assertThat(held.events()).last().isInstanceOfSatisfying(AccreditationLevelWithdrawn.class, event -> {
            assertThat(event.level()).isEqualTo(2);
            assertThat(event.completedOn()).isEqualTo(ATTENDED);
            assertThat(event.attendee()).isEqualTo(ADA);
        });
        assertThat(held.renewBy(track, "org-1", ATTENDED, NOW)).as("recorded as attending again").isTrue();
        assertThat(held.isValidOn(ATTENDED)).isTrue();
        assertThat(held.events()).last().isInstanceOf(AccreditationLevelCompleted.class);
    }

    @Test
    void remindsOnceWhenTheExpiryIsSixtyDaysAwayOrLessAndNotAfterIt() {
        Accreditation held = Accreditation.completed(track, track.levels().get(0), ADA, "org-1", ATTENDED, NOW);
        LocalDate expiry = held.expiresOn();

        assertThat(held.remind(expiry.minusDays(61), 60, NOW)).isFalse();
        assertThat(held.remind(expiry.plusDays(1), 60, NOW)).as("expired already").isFalse();
        assertThat(held.remind(expiry.minusDays(60), 60, NOW)).isTrue();
        assertThat(held.remind(expiry.minusDays(10), 60, NOW)).as("once").isFalse();

        assertThat(held.events()).filteredOn(AccreditationExpiryDue.class::isInstance).singleElement()
                .isInstanceOfSatisfying(AccreditationExpiryDue.class, event -> {
                    assertThat(event.expiresOn()).isEqualTo(expiry);
                    assertThat(event.daysBefore()).isEqualTo(60);
                    assertThat(event.attendee()).isEqualTo(ADA);
                });
        assertThat(held.isValidOn(expiry)).isTrue();
        assertThat(held.isValidOn(expiry.plusDays(1))).isFalse();
    }
}
