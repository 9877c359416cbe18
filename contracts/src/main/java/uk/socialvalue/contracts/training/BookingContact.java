package uk.socialvalue.contracts.training;

/**
 * The person at the organisation who made a booking, and who is told about it.
 *
 * @param personId  their id in membership-service (the token subject)
 * @param name      their name
 * @param email     their email address
 */
public record BookingContact(String personId, String name, String email) {
}
