package uk.socialvalue.membership.organisation;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;

/**
 * An organisation as the {@link OrganisationDirectory} lists it for other features.
 *
 * @param id         the organisation id
 * @param name       its name
 * @param type       the kind of organisation
 * @param gssCode    the GSS code of a local authority, else {@code null}
 * @param region     the UK region or nation it belongs to
 * @param sector     the sector it works in
 * @param status     where its membership stands
 * @param appliedAt  when it applied
 * @param contacts   its current contacts
 */
public record ListedOrganisation(String id, String name, OrganisationType type, String gssCode, String region,
        Sector sector, MembershipStatus status, Instant appliedAt, List<ListedContact> contacts) {

    public ListedOrganisation {
        contacts = List.copyOf(contacts);
    }

    /**
     * A current contact of a listed organisation.
     *
     * @param workingGroupInvitations  whether they want working-group invitations; their own choice
     */
    public record ListedContact(String personId, String name, String email, boolean workingGroupInvitations) {
    }
}
