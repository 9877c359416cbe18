package uk.socialvalue.membership.account;

import java.util.Optional;

import uk.socialvalue.support.security.Role;

/**
 * The role a person holds at their organisation, decided by the organisation's current contacts: a contact
 * who was removed, or handed over the primary role, signs in with what they hold now.
 */
public interface ContactRoles {

    /** The person's role at the organisation, or empty if they are no longer one of its contacts. */
    Optional<Role> roleOf(String organisationId, String personId);
}
