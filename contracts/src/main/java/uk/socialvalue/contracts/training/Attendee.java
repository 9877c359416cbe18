package uk.socialvalue.contracts.training;

/**
 * A person holding a place on a session.
 *
 * @param name   their name, as the booking contact gave it
 * @param email  their email address; one live place per address per session
 */
public record Attendee(String name, String email) {
}
