package uk.socialvalue.contracts;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkTimeTests {

    @Test
    void showsWinterMeetingsInGreenwichMeanTime() {
        assertThat(UkTime.range(Instant.parse("2026-03-03T10:00:00Z"), Instant.parse("2026-03-03T12:30:00Z")))
                .isEqualTo("Tuesday 3 March 2026, 10am to 12:30pm");
    }

    @Test
    void showsSummerMeetingsInBritishSummerTime() {
        assertThat(UkTime.range(Instant.parse("2026-07-01T11:00:00Z"), Instant.parse("2026-07-01T13:00:00Z")))
                .isEqualTo("Wednesday 1 July 2026, midday to 2pm");
    }

    @Test
    void namesBothDaysOfAMeetingThatRunsPastMidnight() {
        assertThat(UkTime.range(Instant.parse("2026-11-10T22:15:00Z"), Instant.parse("2026-11-11T00:00:00Z")))
                .isEqualTo("Tuesday 10 November 2026, 10:15pm to Wednesday 11 November 2026, midnight");
    }
}
