package uk.socialvalue.membership.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.security.Role;

/**
 * Someone who can sign in, or once could: SVUK staff, or a contact of an organisation.
 *
 * @param id             the person id, the subject of their tokens
 * @param email          their email address, lower-cased; while the account is open it belongs to no one else
 * @param name           their name
 * @param organisationId their organisation, or {@code null} for SVUK staff
 * @param roles          what they may do; none once the account is closed
 * @param passwordHash   the encoded password, or {@code null} until they set one (and once closed)
 * @param createdAt      when the account was created
 * @param tokenVersion   carried in every access token issued to them; raising it revokes the earlier ones
 * @param closedAt       when they stopped being a contact or staff, which frees their email address; or
 *                       {@code null} while the account is open
 * @param erasedAt       when their personal data was erased, or {@code null}
 */
public record Person(String id, String email, String name, String organisationId, Set<Role> roles,
        String passwordHash, Instant createdAt, long tokenVersion, Instant closedAt, Instant erasedAt)
        implements Aggregate {

    /** What an erased person's name reads as. */
    public static final String ERASED_NAME = "Erased person";

    public Person {
        email = normaliseEmail(email);
        roles = Set.copyOf(roles);
    }

    /** A new, open account without a password. */
    static Person open(String id, String email, String name, String organisationId, Role role, Instant now) {
        return new Person(id, email, name, organisationId, Set.of(role), null, now, 0, null, null);
    }

    /** Email addresses compare without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isStaff() {
        return isOpen() && roles.contains(Role.ADMIN);
    }

    /** The same person with other roles. */
    Person withRoles(Set<Role> roles) {
        return new Person(id, email, name, organisationId, roles, passwordHash, createdAt, tokenVersion, closedAt,
                erasedAt);
    }
}
