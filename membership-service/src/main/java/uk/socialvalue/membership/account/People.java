package uk.socialvalue.membership.account;

import java.util.Optional;

/** Everyone who has an account, with their credentials. */
public interface People {

    /**
     * Stores a new person.
     *
     * @throws EmailTaken when the address already belongs to someone
     */
    void add(Person person);

    Optional<Person> byId(String id);

    Optional<Person> byEmail(String email);

    /**
     * Sets the password if it has not changed since {@code expectedCredentialVersion}; false if it has.
     */
    boolean changePassword(String personId, long expectedCredentialVersion, String passwordHash);

    /** Removes an account; used to undo one whose organisation was never stored. */
    void remove(String personId);
}
