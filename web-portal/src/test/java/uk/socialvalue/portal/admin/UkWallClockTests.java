package uk.socialvalue.portal.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkWallClockTests {

    @Test
    void readsTimesAsStaffTypeThem() {
        assertThat(UkWallClock.time("10:00")).contains(LocalTime.of(10, 0));
        assertThat(UkWallClock.time("2pm")).contains(LocalTime.of(14, 0));
        assertThat(UkWallClock.time("4:30 pm")).contains(LocalTime.of(16, 30));
        assertThat(UkWallClock.time("14.30")).contains(LocalTime.of(14, 30));
        assertThat(UkWallClock.time("midday")).contains(LocalTime.NOON);
        assertThat(UkWallClock.time("teatime")).isEmpty();
    }

    @Test
    void turnsAUkDateAndTimeIntoTheInstantWithSummerTime() {
        assertThat(UkWallClock.instant(UkWallClock.date("2", "6", "2026").orElseThrow(), LocalTime.of(10, 0)))
                .isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(UkWallClock.date("31", "2", "2026")).isEmpty();
        assertThat(UkWallClock.date("1", "12", "2026")).contains(LocalDate.of(2026, 12, 1));
    }
}
