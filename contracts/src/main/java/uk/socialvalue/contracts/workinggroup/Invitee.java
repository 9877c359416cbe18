package uk.socialvalue.contracts.workinggroup;

/**
 * The contact an invitation is for.
 *
 * @param personId          their account
 * @param name              their name
 * @param email             where the invitation goes
 * @param organisationId    their organisation
 * @param organisationName  its name
 */
public record Invitee(String personId, String name, String email, String organisationId, String organisationName) {
}
