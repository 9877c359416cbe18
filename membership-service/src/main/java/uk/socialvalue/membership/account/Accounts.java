package uk.socialvalue.membership.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.security.Role;

/**
 * Accounts and credentials: creating people, issuing set-password links, setting passwords with them, and
 * signing people in.
 */
public class Accounts {

    /** Long enough to resist guessing; NCSC advice favours length over composition rules. */
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    static final int MAXIMUM_PASSWORD_LENGTH = 128;
    /** The fields of a set-password request that a refusal names. */
    public static final String TOKEN = "token";
    public static final String PASSWORD = "password";

    private final People people;
    private final ContactRoles contactRoles;
    private final Tokens tokens;
    private final PasswordHashing passwords;
    private final AuthProperties auth;
    private final LinkProperties links;
    private final Clock clock;
    /** Compared against when the email is unknown, so a wrong email takes as long as a wrong password. */
    private final String decoyHash;

    public Accounts(People people, ContactRoles contactRoles, Tokens tokens, PasswordHashing passwords,
            AuthProperties auth, LinkProperties links, Clock clock) {
        this.people = people;
        this.contactRoles = contactRoles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.auth = auth;
        this.links = links;
        this.clock = clock;
        this.decoyHash = passwords.hash(UUID.randomUUID().toString());
    }

    /**
     * Creates the account of a new contact, with no password yet.
     *
     * @throws EmailTaken when the address already belongs to someone
     */
    public Person openForContact(String organisationId, String name, String email, Role role) {
        var person = new Person(UUID.randomUUID().toString(), email, name, organisationId, Set.of(role), null, 0,
                clock.instant());
        people.add(person);
        return person;
    }

    public Optional<Person> byEmail(String email) {
        return people.byEmail(email);
    }

    public Optional<Person> byId(String id) {
        return people.byId(id);
    }

    /** Removes an account whose organisation was never stored, so its email address can be used again. */
    public void discard(String personId) {
        people.remove(personId);
    }

    /** A link with which the person can set their password once, until it expires. */
    public SetupLink setupLink(String personId) {
        Person person = people.byId(personId)
                .orElseThrow(() -> new IllegalStateException("No account " + personId));
        Tokens.SignedToken token = tokens.setupToken(person, auth.setupLinkTtl());
        String base = links.baseUrl().endsWith("/") ? links.baseUrl().substring(0, links.baseUrl().length() - 1)
                : links.baseUrl();
        return new SetupLink(base + "/account/set-password?token="
                + URLEncoder.encode(token.value(), StandardCharsets.UTF_8), token.expiresAt());
    }

    /**
     * Sets a password with a set-password token. The token is spent by it: any token issued before stops
     * working, because the credential version it names has moved on.
     *
     * @throws InvalidField naming {@code token} when the token is not genuine, has expired or was already
     *         used, or naming {@code password} when the password is too short or too long
     */
    public void setPassword(String token, String password) {
        Tokens.SetupClaim claim = tokens.readSetupToken(token).orElseThrow(Accounts::invalidSetupToken);
        checkStrength(password);
        if (!people.changePassword(claim.personId(), claim.credentialVersion(), passwords.hash(password))) {
            throw invalidSetupToken();
        }
    }

    /**
     * An access token for the person with this email and password, if they match. A contact's role comes
     * from their organisation as it is now; someone no longer a contact cannot sign in.
     */
    public Optional<AccessToken> signIn(String email, String password) {
        Optional<Person> person = people.byEmail(email).filter(Person::hasPassword);
        String hash = person.map(Person::passwordHash).orElse(decoyHash);
        boolean matches = password != null && passwords.matches(password, hash);
        if (person.isEmpty() || !matches) {
            return Optional.empty();
        }
        return withCurrentRoles(person.get()).map(current -> {
            Tokens.SignedToken signed = tokens.accessToken(current, auth.accessTokenTtl());
            return new AccessToken(signed.value(), auth.accessTokenTtl().toSeconds());
        });
    }

    private Optional<Person> withCurrentRoles(Person person) {
        if (person.organisationId() == null) {
            return Optional.of(person);
        }
        return contactRoles.roleOf(person.organisationId(), person.id())
                .map(role -> new Person(person.id(), person.email(), person.name(), person.organisationId(),
                        Set.of(role), person.passwordHash(), person.credentialVersion(), person.createdAt()));
    }

    /** Creates the first administrator from configuration, unless an account with the email exists. */
    public boolean ensureAdministrator(String email, String password) {
        if (people.byEmail(email).isPresent()) {
            return false;
        }
        try {
            people.add(new Person(UUID.randomUUID().toString(), email, "SVUK administrator", null, Set.of(Role.ADMIN),
                    passwords.hash(password), 0, clock.instant()));
            return true;
        } catch (EmailTaken anotherInstanceWasFaster) {
            return false;
        }
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidField(PASSWORD, "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            throw new InvalidField(PASSWORD, "must be at most " + MAXIMUM_PASSWORD_LENGTH + " characters");
        }
    }

    private static InvalidField invalidSetupToken() {
        return new InvalidField(TOKEN,
                "This link is not valid: it may have expired or already been used. Ask SVUK for a new one.");
    }

    /** A signed access token and how many seconds it lasts. */
    public record AccessToken(String value, long expiresInSeconds) {
    }
}
