package uk.socialvalue.training.booking.persistence;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar's buckets are UK wall-clock hours, named so that they sort as the hours do. */
class CalendarHoursTests {

    @Test
    void bucketsASessionByTheUkHourItStartsIn() {
        assertThat(MongoSessions.hour(Instant.parse("2031-01-15T09:59:59Z"))).isEqualTo("2031-01-15T09");
        assertThat(MongoSessions.hour(Instant.parse("2031-07-15T09:00:00Z"))).as("British Summer Time")
                .isEqualTo("2031-07-15T10");
        assertThat(MongoSessions.hour(Instant.parse("2031-07-15T23:30:00Z"))).as("the next UK day")
                .isEqualTo("2031-07-16T00");
        assertThat(MongoSessions.hour(Instant.parse("2031-10-26T00:30:00Z")))
                .as("the hour the clocks go back holds both its passes")
                .isEqualTo(MongoSessions.hour(Instant.parse("2031-10-26T01:30:00Z")));
    }
}
