package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.ListedOrganisation.ListedContact;
import uk.socialvalue.membership.organisation.Sector;

/** Organisations as the working-group rules see them, through the organisation directory, for domain tests. */
final class SampleMembers {

    static final Instant JOINED = Instant.parse("2026-01-05T09:00:00Z");

    private SampleMembers() {
    }

    static ListedOrganisation council(String id, String name, String region, MembershipStatus status,
            ListedContact... contacts) {
        return new ListedOrganisation(id, name, OrganisationType.LOCAL_AUTHORITY, null, region,
                Sector.LOCAL_GOVERNMENT, status, JOINED, List.of(contacts));
    }

    static ListedOrganisation organisation(String id, String name, OrganisationType type, String region,
            Sector sector, MembershipStatus status, ListedContact... contacts) {
        return new ListedOrganisation(id, name, type, null, region, sector, status, JOINED, List.of(contacts));
    }

    static ListedContact contact(String personId, boolean wantsInvitations) {
        return new ListedContact(personId, "Officer " + personId, personId + "@council.example", wantsInvitations);
    }
}
