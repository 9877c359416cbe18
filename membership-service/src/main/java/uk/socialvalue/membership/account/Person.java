package uk.socialvalue.membership.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.security.Role;

/**
 * Someone who can sign in: SVUK staff, or a contact of a member organisation.
 *
 * @param id                 the person id, the subject of their tokens
 * @param email              their email address, lower-cased; unique
 * @param name               their name
 * @param organisationId     their organisation, or {@code null} for SVUK staff
 * @param roles              what they may do
 * @param passwordHash       the encoded password, or {@code null} until they set one
 * @param credentialVersion  goes up each time the password changes, which spends every set-up link issued before
 * @param createdAt          when the account was created
 */
public record Person(String id, String email, String name, String organisationId, Set<Role> roles,
        String passwordHash, long credentialVersion, Instant createdAt) implements Aggregate {

    public Person {
        email = normaliseEmail(email);
        roles = Set.copyOf(roles);
    }

    /** Email addresses compare without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
