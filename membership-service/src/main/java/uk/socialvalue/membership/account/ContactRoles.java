package uk.socialvalue.membership.account;

import java.util.Optional;

import uk.socialvalue.support.security.Role;

/**
 * Where a person stands at their organisation, decided by the organisation's current contacts: a contact who
 * was removed, or handed over the primary role, signs in with what they hold now.
 */
public interface ContactRoles {

    /** The person's standing at the organisation, or empty if they are no longer one of its contacts. */
    Optional<Standing> standingOf(String organisationId, String personId);

    /**
     * @param role              what they may do there
     * @param organisationName  what the organisation is called
     * @param member            whether its membership counts now ({@code ACTIVE} or {@code GRACE})
     * @param open              whether its application or membership is still open (pending, active or in grace):
     *                          a contact of an open one holds a live role
     */
    record Standing(Role role, String organisationName, boolean member, boolean open) {
    }
}
