package uk.socialvalue.membership.organisation;

import java.util.Optional;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.account.ContactRoles;
import uk.socialvalue.support.security.Role;

/** Reads a contact's standing from their organisation: the primary contact is its {@code ORG_ADMIN}. */
public class OrganisationContactRoles implements ContactRoles {

    private final Organisations organisations;

    public OrganisationContactRoles(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Standing> standingOf(String organisationId, String personId) {
        return organisations.byId(organisationId)
                .filter(organisation -> organisation.hasContact(personId))
                .map(organisation -> new Standing(
                        organisation.contact(personId).role() == ContactRole.PRIMARY ? Role.ORG_ADMIN : Role.ORG_MEMBER,
                        organisation.details().name(),
                        organisation.status() == MembershipStatus.ACTIVE || organisation.status() == MembershipStatus.GRACE,
                        organisation.isOpen()));
    }
}
