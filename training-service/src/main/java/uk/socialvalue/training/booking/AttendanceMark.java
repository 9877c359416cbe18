package uk.socialvalue.training.booking;

/**
 * Whether one attendee came.
 *
 * @param email     the attendee's email, as booked
 * @param attended  whether they attended
 */
public record AttendanceMark(String email, boolean attended) {
}
