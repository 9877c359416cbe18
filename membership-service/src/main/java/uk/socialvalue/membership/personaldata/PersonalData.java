package uk.socialvalue.membership.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.domain.NotFound;

/**
 * What membership-service holds about a person, and erasing it. Erasure is for someone who holds no live role
 * (no longer staff, and a contact of no open application or membership): every feature replaces their name and
 * email with nothing personal, keeping ids and counts, and then their account is erased, which publishes
 * {@code membership.PersonErased} for the other services. Every step can run again: a second erasure finds
 * nothing left to change, and republishes nothing.
 */
public class PersonalData {

    private final Accounts accounts;
    private final List<PersonalDataHolder> holders;

    public PersonalData(Accounts accounts, List<PersonalDataHolder> holders) {
        this.accounts = accounts;
        this.holders = List.copyOf(holders);
    }

    /** Everything this service holds about the person, by feature. */
    public Map<String, Object> of(String personId) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "membership-service");
        held.put("personId", personId);
        held.put("account", accounts.byId(personId).map(PersonalData::account).orElse(null));
        holders.forEach(holder -> held.put(holder.name(), holder.heldAbout(personId)));
        return held;
    }

    /**
     * Erases the person.
     *
     * @throws NotFound when nothing is known about them
     * @throws LiveRole when they are staff, or a contact of an open application or membership
     */
    public void erase(String personId) {
        Optional<Person> person = accounts.byId(personId);
        Set<String> emails = new TreeSet<>();
        person.map(Person::email).ifPresent(emails::add);
        holders.forEach(holder -> emails.addAll(holder.emailsOf(personId)));
        if (person.isEmpty() && emails.isEmpty()) {
            throw new NotFound("No person " + personId);
        }
        if (person.filter(p -> p.erasedAt() != null).isPresent()) {
            return;
        }
        if (accounts.holdsLiveRole(personId)) {
            throw new LiveRole();
        }
        holders.forEach(holder -> holder.erase(personId));
        accounts.erase(personId, emails);
    }

    private static Map<String, Object> account(Person person) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", person.name());
        account.put("email", person.email());
        account.put("organisationId", person.organisationId());
        account.put("roles", new TreeSet<>(person.roles().stream().map(Enum::name).toList()));
        account.put("createdAt", person.createdAt());
        account.put("passwordSet", person.hasPassword());
        account.put("closedAt", person.closedAt());
        account.put("erasedAt", person.erasedAt());
        return account;
    }

    /** The person still holds a role: answered with a 409. */
    public static class LiveRole extends RuntimeException {

        public LiveRole() {
            super("This person is still staff, or a contact of an open application or membership: remove them "
                    + "first");
        }
    }
}
