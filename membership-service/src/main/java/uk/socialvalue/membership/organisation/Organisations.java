package uk.socialvalue.membership.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.support.domain.Aggregates;

/** All organisations that have applied to SVUK, with their memberships. */
public interface Organisations extends Aggregates<Organisation> {

    /**
     * Stores a new organisation with the events it recorded.
     *
     * @throws OpenMembershipExists when another open membership already holds its GSS code
     */
    @Override
    void add(Organisation organisation);

    /** The organisation whose open membership holds the GSS code, if any. */
    Optional<String> withOpenMembership(String gssCode);

    boolean exists(String id);

    /** Every organisation whose membership counts now: {@code ACTIVE} or {@code GRACE}. */
    List<Organisation> currentMembers();

    /**
     * The ids of memberships the lifecycle job may need to act on: in grace, or active and ending on or
     * before {@code endingBy}.
     */
    List<String> dueForLifecycle(LocalDate endingBy);

    /** The ids of applications still waiting for a decision that were made before {@code appliedBefore}. */
    List<String> undecidedSince(java.time.Instant appliedBefore);

    /** The ids of the organisations the person is or was a contact of. */
    List<String> withPerson(String personId);

    /**
     * Memberships to renew: in grace, or active and ending on or before {@code endingBy}; soonest end first, a
     * page at a time, with how many there are in all.
     */
    Page renewalsDue(LocalDate endingBy, int page, int size);

    /** Organisations matching the query, by name (initial by initial, then in any case). */
    Page search(Query query, int page, int size);

    /** Organisations by region and membership status. */
    List<OrganisationDirectory.RegionStatusCount> countByRegionAndStatus();

    /**
     * What to look for; a {@code null} field matches everything.
     *
     * @param status  the membership status
     * @param region  the region or nation
     * @param type    the kind of organisation
     * @param text    part of the name, in any case
     */
    record Query(MembershipStatus status, String region, OrganisationType type, String text) {
    }

    /** One page of organisations, and how many match in all. */
    record Page(List<Organisation> items, int page, int size, long total) {
    }

    /** Another open membership already holds the GSS code. */
    class OpenMembershipExists extends RuntimeException {

        private final String organisationId;

        public OpenMembershipExists(String organisationId) {
            super("An open membership already exists for this council: organisation " + organisationId);
            this.organisationId = organisationId;
        }

        public String organisationId() {
            return organisationId;
        }
    }
}
