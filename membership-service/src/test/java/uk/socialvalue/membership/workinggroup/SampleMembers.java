package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.Contact;
import uk.socialvalue.membership.organisation.ContactRole;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.OrganisationDetails;
import uk.socialvalue.membership.organisation.Sector;

/** Organisations as the working-group rules see them, for domain tests. */
final class SampleMembers {

    static final Instant JOINED = Instant.parse("2026-01-05T09:00:00Z");

    private SampleMembers() {
    }

    static Organisation council(String id, String name, String region, MembershipStatus status, Contact... contacts) {
        return organisation(id, new OrganisationDetails(name, OrganisationType.LOCAL_AUTHORITY, null, region,
                Sector.LOCAL_GOVERNMENT), status, contacts);
    }

    static Organisation organisation(String id, OrganisationDetails details, MembershipStatus status,
            Contact... contacts) {
        return Organisation.restore(id, details, "LOCAL_AUTHORITY", JOINED, status, null, null, List.of(contacts),
                List.of(), List.of(), Set.of(), 1);
    }

    static Contact contact(String personId, boolean wantsInvitations) {
        return new Contact(personId, "Officer " + personId, personId + "@council.example", "Procurement lead",
                ContactRole.MEMBER, JOINED, wantsInvitations);
    }
}
