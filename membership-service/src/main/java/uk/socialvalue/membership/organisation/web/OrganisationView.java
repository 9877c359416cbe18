package uk.socialvalue.membership.organisation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.organisation.Contact;
import uk.socialvalue.membership.organisation.ContactRole;
import uk.socialvalue.membership.organisation.MembershipChange;
import uk.socialvalue.membership.organisation.Organisation;
import uk.socialvalue.membership.organisation.Sector;

/** An organisation as its contacts and SVUK staff see it. */
record OrganisationView(String id, String name, OrganisationType type, Sector sector, MembershipStatus status, String region,
        String gssCode, String membershipType, Instant appliedAt, LocalDate membershipStartsOn,
        LocalDate membershipEndsOn, List<ContactView> contacts, List<FormerContactView> formerContacts,
        List<MembershipChange> history) {

    record FormerContactView(String personId, String name, String email, String jobTitle, Instant removedAt) {
    }

    record ContactView(String personId, String name, String email, String jobTitle, ContactRole role,
            boolean workingGroupInvitations) {

        static ContactView of(Contact contact) {
            return new ContactView(contact.personId(), contact.name(), contact.email(), contact.jobTitle(),
                    contact.role(), contact.workingGroupInvitations());
        }
    }

    static OrganisationView of(Organisation organisation) {
        var details = organisation.details();
        return new OrganisationView(organisation.id(), details.name(), details.type(), details.sector(), organisation.status(),
                details.region(), details.gssCode(), organisation.membershipType(), organisation.appliedAt(),
                organisation.startsOn(), organisation.endsOn(),
                organisation.contacts().stream().map(ContactView::of).toList(),
                organisation.formerContacts().stream().map(f -> new FormerContactView(f.contact().personId(),
                        f.contact().name(), f.contact().email(), f.contact().jobTitle(), f.removedAt())).toList(),
                organisation.history());
    }
}
