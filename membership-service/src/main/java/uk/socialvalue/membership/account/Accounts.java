package uk.socialvalue.membership.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.socialvalue.contracts.membership.AccessRevoked;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.LinkSealer;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.OneTimeSecret;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.security.Role;

/**
 * Accounts and credentials: creating people, issuing set-password links, setting passwords with them, signing
 * people in, SVUK's staff, and revoking access.
 * <p>
 * A set-password link carries a {@link OneTimeSecret}; the person's document keeps only its hash and expiry.
 * Issuing a link replaces the previous one, and setting the password spends it, in one conditional write.
 * Every access token carries the person's token version; raising it (a new password, a closed account, a lost
 * role) publishes {@code AccessRevoked}, after which every service refuses the earlier tokens.
 */
public class Accounts {

    /** Long enough to resist guessing; NCSC advice favours length over composition rules. */
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes of a password: a longer one would be cut short without a word. */
    static final int MAXIMUM_PASSWORD_BYTES = 72;
    /** The fields of a set-password request that a refusal names. */
    public static final String TOKEN = "token";
    public static final String PASSWORD = "password";

    private final People people;
    private final StaffRoster roster;
    private final ContactRoles contactRoles;
    private final Tokens tokens;
    private final PasswordHashing passwords;
    private final AuthProperties auth;
    private final LinkProperties links;
    private final LinkSealer sealer;
    private final Retry retry;
    private final Clock clock;
    /** Compared against when the email is unknown, so a wrong email takes as long as a wrong password. */
    private final String decoyHash;

    public Accounts(People people, StaffRoster roster, ContactRoles contactRoles, Tokens tokens, PasswordHashing passwords,
            AuthProperties auth, LinkProperties links, LinkSealer sealer, Retry retry, Clock clock) {
        this.people = people;
        this.roster = roster;
        this.contactRoles = contactRoles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.auth = auth;
        this.links = links;
        this.sealer = sealer;
        this.retry = retry;
        this.clock = clock;
        this.decoyHash = passwords.hash(UUID.randomUUID().toString());
    }

    /**
     * Creates the account of a new contact, with no password yet.
     *
     * @throws EmailTaken when the address already belongs to an open account
     */
    public Person openForContact(String organisationId, String name, String email, Role role) {
        var person = Person.open(UUID.randomUUID().toString(), email, name, organisationId, role, clock.instant());
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

    /**
     * A new link with which the person can set their password once, within {@code svuk.auth.setup-link-ttl};
     * it replaces any link issued before. The caller sends it, in an event of its own aggregate.
     */
    public SetupLink setupLink(String personId) {
        OneTimeSecret secret = OneTimeSecret.generate();
        Instant expiresAt = clock.instant().plus(auth.setupLinkTtl());
        if (!people.issueSetupLink(personId, secret.hash(), expiresAt, List.of())) {
            throw new IllegalStateException("No open account " + personId);
        }
        return new SetupLink(linkUrl(secret), expiresAt);
    }

    /**
     * Sends a set-password link to the person with this email, if they hold a role they can sign in with:
     * SVUK staff, or a contact of a current member. The link works once, within
     * {@code svuk.auth.reset-link-ttl}, and replaces any earlier one (an expired welcome link included). Says
     * nothing about whether the email is known.
     */
    public void requestPasswordReset(String email) {
        Optional<Person> person = people.byEmail(email).filter(Person::isOpen);
        if (person.isEmpty()) {
            return;
        }
        Person found = person.get();
        String organisationName = null;
        if (found.organisationId() == null && !staffRoster().includes(found.id())) {
            return;
        }
        if (found.organisationId() != null) {
            Optional<ContactRoles.Standing> standing = contactRoles.standingOf(found.organisationId(), found.id())
                    .filter(ContactRoles.Standing::member);
            if (standing.isEmpty()) {
                return;
            }
            organisationName = standing.get().organisationName();
        }
        sendLink(found, organisationName, PasswordSetupRequested.Reason.PASSWORD_RESET, auth.resetLinkTtl());
    }

    private void sendLink(Person person, String organisationName, PasswordSetupRequested.Reason reason,
            Duration ttl) {
        OneTimeSecret secret = OneTimeSecret.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        var event = new PasswordSetupRequested(newEventId(), now, person.id(), person.organisationId(),
                organisationName, person.name(), person.email(), reason, linkUrl(secret), expiresAt);
        people.issueSetupLink(person.id(), secret.hash(), expiresAt, List.of(event));
    }

    /**
     * Sets a password with the secret of a set-password link, which it spends: the link works once, and only
     * while it is the person's latest. Every access token issued to the person before stops working.
     *
     * @throws InvalidField naming {@code token} when the link is not genuine, has expired, was replaced or was
     *         already used, or naming {@code password} when the password does not meet the policy
     */
    public void setPassword(String token, String password) {
        People.IssuedLink link = people.bySetupLink(OneTimeSecret.hashOf(token == null ? "" : token))
                .filter(issued -> issued.expiresAt().isAfter(clock.instant()))
                .orElseThrow(Accounts::invalidSetupToken);
        checkPolicy(password);
        String hash = passwords.hash(password);
        boolean set = retry.onConflict(() -> {
            Person person = people.byId(link.personId()).filter(Person::isOpen)
                    .orElseThrow(Accounts::invalidSetupToken);
            return change(person, new People.SetPassword(hash, link.linkHash()), AccountChange.PASSWORD_SET);
        });
        if (!set) {
            throw invalidSetupToken();
        }
    }

    /**
     * Changes the signed-in person's own password. Their earlier access tokens stop working, this one included.
     *
     * @throws InvalidField naming {@code currentPassword} when it is wrong, or {@code password} when the new
     *         one does not meet the policy
     */
    public void changePassword(String personId, String currentPassword, String newPassword) {
        Person person = people.byId(personId).filter(Person::isOpen)
                .orElseThrow(() -> new NotFound("No account " + personId));
        if (currentPassword == null || !person.hasPassword() || !matches(currentPassword, person.passwordHash())) {
            throw new InvalidField("currentPassword", "is not your current password");
        }
        checkPolicy(newPassword);
        String hash = passwords.hash(newPassword);
        retry.onConflict(() -> change(people.byId(personId).orElseThrow(), new People.SetPassword(hash, null),
                AccountChange.PASSWORD_SET));
    }

    /**
     * An access token for the person with this email and password, if they match. A contact's role comes
     * from their organisation as it is now; someone no longer a contact cannot sign in.
     */
    public Optional<AccessToken> signIn(String email, String password) {
        Optional<Person> person = people.byEmail(email).filter(p -> p.isOpen() && p.hasPassword());
        String hash = person.map(Person::passwordHash).orElse(decoyHash);
        boolean matches = password != null && matches(password, hash);
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
            return person.isStaff() && staffRoster().includes(person.id()) ? Optional.of(person) : Optional.empty();
        }
        return contactRoles.standingOf(person.organisationId(), person.id())
                .map(standing -> person.withRoles(Set.of(standing.role())));
    }

    /**
     * Revokes every access token issued to the person so far: they sign in again to get one with what they
     * hold now.
     */
    public void revokeAccess(String personId, AccountChange why) {
        retry.onConflict(() -> people.byId(personId)
                .map(person -> change(person, new People.RevokeTokens(), why)).orElse(false));
    }

    /**
     * Closes the account of someone who stopped being a contact or staff: no roles and no password any more,
     * every access token revoked, and the email address free for a new account. The person stays on record
     * (for their personal data and its erasure). Closing a closed account changes nothing.
     */
    public void close(String personId, AccountChange why) {
        retry.onConflict(() -> people.byId(personId).filter(Person::isOpen)
                .map(person -> change(person, new People.Close(clock.instant()), why)).orElse(false));
    }

    /**
     * Whether the person holds a live role: SVUK staff, or a contact of an application or membership that is still
     * open (pending, active or in grace).
     */
    public boolean holdsLiveRole(String personId) {
        Optional<Person> person = people.byId(personId).filter(Person::isOpen);
        if (person.isEmpty()) {
            return false;
        }
        if (person.get().organisationId() == null) {
            return staffRoster().includes(personId);
        }
        return contactRoles.standingOf(person.get().organisationId(), personId)
                .filter(ContactRoles.Standing::open).isPresent();
    }

    /**
     * Erases the person's account: no name, no email address, no credentials, every access token revoked, and
     * {@code PersonErased} published with the addresses they were known by, in the same write. A person whose
     * account is gone (closed before accounts were kept) gets a record first, to be erased like any other.
     */
    public void erase(String personId, Set<String> emails) {
        Instant now = clock.instant();
        var erased = new PersonErased(newEventId(), now, personId, List.copyOf(new java.util.TreeSet<>(emails)));
        if (people.byId(personId).isEmpty()) {
            people.add(new Person(personId, null, Person.ERASED_NAME, null, Set.of(), null, now, 0, now, null));
        }
        retry.onConflict(() -> people.byId(personId).filter(p -> p.erasedAt() == null)
                .map(p -> {
                    var revoked = new AccessRevoked(newEventId(), now, personId, p.tokenVersion() + 1,
                            AccountChange.ERASED.name());
                    if (!people.change(personId, p.tokenVersion(), new People.Erase(now), List.of(revoked, erased))) {
                        throw new ConcurrentUpdate("Person", personId);
                    }
                    return true;
                }).orElse(false));
    }

    /** SVUK's staff, by name. */
    public List<Person> staff() {
        return staffRoster().members().stream().flatMap(id -> people.byId(id).stream()).filter(Person::isStaff)
                .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Makes someone SVUK staff: an account holding {@code ADMIN}, on the staff roster, sent a link to set their
     * password.
     *
     * @throws EmailTaken when the address belongs to an open account
     */
    public Person addStaff(String name, String email) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "is required");
        }
        var person = Person.open(UUID.randomUUID().toString(), email, name.strip(), null, Role.ADMIN,
                clock.instant());
        people.add(person);
        changeStaff(staff -> staff.add(person.id()));
        sendLink(person, null, PasswordSetupRequested.Reason.STAFF_ADDED, auth.setupLinkTtl());
        return person;
    }

    /**
     * Takes someone off SVUK's staff and closes their account. The roster decides, in one versioned write, so
     * the last administrator stays however many removals race: each is decided on the roster as it is.
     *
     * @throws NotFound when the person is not staff
     * @throws LastAdministrator when they are the only one
     */
    public void removeStaff(String personId) {
        if (!staffRoster().includes(personId)) {
            throw new NotFound("No staff member " + personId);
        }
        changeStaff(staff -> staff.remove(personId));
        close(personId, AccountChange.STAFF_REMOVED);
    }

    /**
     * Creates the first administrator from configuration when there is no administrator at all: the bootstrap
     * administrator is just the first of the staff, and one who was removed is not brought back.
     */
    public boolean ensureAdministrator(String email, String password) {
        if (!staffRoster().members().isEmpty()) {
            return false;
        }
        checkPolicy(password);
        try {
            Person admin = Person.open(UUID.randomUUID().toString(), email, "SVUK administrator", null, Role.ADMIN,
                    clock.instant());
            people.add(new Person(admin.id(), admin.email(), admin.name(), null, admin.roles(),
                    passwords.hash(password), admin.createdAt(), 0, null, null));
            changeStaff(staff -> staff.add(admin.id()));
            return true;
        } catch (EmailTaken anotherInstanceWasFaster) {
            return false;
        }
    }

    private void changeStaff(java.util.function.Predicate<Staff> change) {
        retry.onConflict(() -> {
            Staff staff = staffRoster();
            if (change.test(staff)) {
                roster.save(staff);
            }
            return staff;
        });
    }

    /**
     * The roster as stored; the first time, made from the accounts holding {@code ADMIN} (which is how staff
     * were known before there was a roster).
     */
    private Staff staffRoster() {
        return roster.current().orElseGet(() -> {
            Set<String> admins = new java.util.LinkedHashSet<>();
            people.withRole(Role.ADMIN).forEach(admin -> admins.add(admin.id()));
            try {
                roster.add(new Staff(admins, 0));
            } catch (RuntimeException anotherInstanceMadeIt) {
                // read it back below
            }
            return roster.current().orElseThrow();
        });
    }

    /**
     * Whether a password meets the policy: at least 12 characters, and at most 72 bytes in UTF-8, all of which
     * bcrypt reads.
     *
     * @throws InvalidField naming {@code password} when it does not
     */
    public static void checkPolicy(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidField(PASSWORD, "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_PASSWORD_BYTES) {
            throw new InvalidField(PASSWORD, "must be at most " + MAXIMUM_PASSWORD_BYTES + " bytes: about "
                    + MAXIMUM_PASSWORD_BYTES + " letters, fewer with accents, other alphabets or emoji");
        }
    }

    private boolean matches(String password, String hash) {
        // bcrypt cannot have been given more than 72 bytes, so a longer password is simply not the one.
        return password.getBytes(StandardCharsets.UTF_8).length <= MAXIMUM_PASSWORD_BYTES
                && passwords.matches(password, hash);
    }

    /** One conditional write that raises the token version and publishes the revocation with the change. */
    private boolean change(Person person, People.Change change, AccountChange why) {
        long next = person.tokenVersion() + 1;
        var revoked = new AccessRevoked(newEventId(), clock.instant(), person.id(), next, why.name());
        if (people.change(person.id(), person.tokenVersion(), change, List.of(revoked))) {
            return true;
        }
        Person now = people.byId(person.id()).orElseThrow();
        if (now.tokenVersion() != person.tokenVersion()) {
            throw new ConcurrentUpdate("Person", person.id());
        }
        return false; // the change's own condition failed, e.g. the link was spent meanwhile
    }

    /** The link with the secret, sealed for notification-service: it is never stored or published in the clear. */
    private String linkUrl(OneTimeSecret secret) {
        String base = links.baseUrl().endsWith("/") ? links.baseUrl().substring(0, links.baseUrl().length() - 1)
                : links.baseUrl();
        return sealer.seal(base + "/account/set-password?token="
                + URLEncoder.encode(secret.value(), StandardCharsets.UTF_8));
    }

    private static InvalidField invalidSetupToken() {
        return new InvalidField(TOKEN, "This link is not valid: it may have expired, been replaced by a newer one "
                + "or already been used. Ask for a new one with \"Forgotten your password?\".");
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** A signed access token and how many seconds it lasts. */
    public record AccessToken(String value, long expiresInSeconds) {
    }

    /** The last administrator cannot be removed: answered with a 409. */
    public static class LastAdministrator extends RuntimeException {

        public LastAdministrator() {
            super("The last administrator cannot be removed: add another one first");
        }
    }
}
