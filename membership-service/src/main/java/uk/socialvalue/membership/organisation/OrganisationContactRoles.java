package uk.socialvalue.membership.organisation;

import java.util.Optional;

import uk.socialvalue.membership.account.ContactRoles;
import uk.socialvalue.support.security.Role;

/** Reads a contact's role from their organisation: the primary contact is its {@code ORG_ADMIN}. */
public class OrganisationContactRoles implements ContactRoles {

    private final Organisations organisations;

    public OrganisationContactRoles(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Role> roleOf(String organisationId, String personId) {
        return organisations.byId(organisationId)
                .filter(organisation -> organisation.hasContact(personId))
                .map(organisation -> organisation.contact(personId).role() == ContactRole.PRIMARY ? Role.ORG_ADMIN
                        : Role.ORG_MEMBER);
    }
}
