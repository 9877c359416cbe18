package uk.socialvalue.training.booking;

import java.math.BigDecimal;

/**
 * The course a session runs, as it was when the session was scheduled: later edits to the catalogue do not
 * change what people booked.
 */
public record CourseSnapshot(String courseId, String code, String title, BigDecimal cpdHours) {
}
