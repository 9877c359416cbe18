package uk.socialvalue.contracts.membership;

/**
 * A person to write to about an organisation's membership.
 *
 * @param personId  the person's id in membership-service
 * @param name      the name they gave
 * @param email     their email address
 */
public record ContactSummary(String personId, String name, String email) {
}
