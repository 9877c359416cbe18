package uk.socialvalue.membership.organisation;

import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * The organisation feature's published API: all the other features of membership-service may know of
 * organisations (who is a member now, where and in which sector, and who their contacts are) and all they may
 * use of this feature. The {@link Organisation} aggregate, its repository and the use cases stay its own, so
 * that they can change without the rest of the service noticing.
 */
public interface OrganisationDirectory {

    /** Every organisation whose membership counts now: {@code ACTIVE} or {@code GRACE}. */
    List<ListedOrganisation> currentMembers();

    /** The organisation with this id, whatever its membership's status. */
    Optional<ListedOrganisation> find(String organisationId);

    boolean exists(String organisationId);

    /** Every local authority of the region that has applied, one entry per application, in name order. */
    List<ListedOrganisation> councilsIn(String region);

    /** How many organisations of each region are in each membership status. */
    List<RegionStatusCount> countByRegionAndStatus();

    /** How many organisations of one region are in one status. */
    record RegionStatusCount(String region, MembershipStatus status, long count) {
    }
}
