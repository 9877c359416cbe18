package uk.socialvalue.membership.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.support.security.Role;

/**
 * Everyone who has or had an account, with their credentials. Every change is one atomic conditional update of
 * the person's document, with the events it causes.
 */
public interface People {

    /**
     * Stores a new person.
     *
     * @throws EmailTaken when the address already belongs to an open account
     */
    void add(Person person);

    Optional<Person> byId(String id);

    /** The open account with this email address. */
    Optional<Person> byEmail(String email);

    /** The open accounts holding the role. */
    List<Person> withRole(Role role);

    /** Removes an account that was never used; for one whose organisation was never stored. */
    void remove(String personId);

    /**
     * Stores the hash of a new set-password link for the person, which replaces any earlier one, with the
     * events (the email that carries it) in the same write. False if the account is closed.
     */
    boolean issueSetupLink(String personId, String linkHash, Instant expiresAt, List<? extends IntegrationEvent> events);

    /** Who the set-password link with this hash was issued to, and until when it works. */
    Optional<IssuedLink> bySetupLink(String linkHash);

    /**
     * Changes the person if their token version is still {@code expectedTokenVersion}, and raises it by one
     * (revoking every access token issued before), with the events in the same write; false if it moved on.
     */
    boolean change(String personId, long expectedTokenVersion, Change change, List<? extends IntegrationEvent> events);

    /** A set-password link as stored: the person it is for and its expiry. */
    record IssuedLink(String personId, String linkHash, Instant expiresAt) {
    }

    /** What a change does besides raising the token version. */
    sealed interface Change {
    }

    /** Sets the password; with {@code spendingLink}, only while that link is still the person's current one. */
    record SetPassword(String passwordHash, String spendingLink) implements Change {
    }

    /** Revokes the earlier access tokens and nothing else. */
    record RevokeTokens() implements Change {
    }

    /** Closes the account: no roles, no password, no link, and the email address free for someone else. */
    record Close(Instant at) implements Change {
    }

    /** Replaces the name and email with nothing personal, closing the account if it was not. */
    record Erase(Instant at) implements Change {
    }
}
