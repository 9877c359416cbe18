package uk.socialvalue.membership.account;

import java.util.LinkedHashSet;
import java.util.Set;

import uk.socialvalue.support.domain.Aggregate;

/**
 * Who is SVUK staff: the one document that says so, changed under an optimistic version, so that the rule
 * "never the last administrator" holds however many removals race (each decides on the roster as it is, and a
 * removal that lost the race decides again). A staff member's account carries the {@code ADMIN} role; signing
 * in as staff needs both.
 */
public class Staff implements Aggregate {

    /** The id of the one roster. */
    public static final String ID = "staff";

    private final Set<String> members;
    private final long version;

    public Staff(Set<String> members, long version) {
        this.members = new LinkedHashSet<>(members);
        this.version = version;
    }

    public boolean includes(String personId) {
        return members.contains(personId);
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    /** @return whether they were not staff yet */
    boolean add(String personId) {
        return members.add(personId);
    }

    /**
     * @return whether they were staff
     * @throws Accounts.LastAdministrator when they are the only one
     */
    boolean remove(String personId) {
        if (!members.contains(personId)) {
            return false;
        }
        if (members.size() == 1) {
            throw new Accounts.LastAdministrator();
        }
        return members.remove(personId);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long version() {
        return version;
    }
}
