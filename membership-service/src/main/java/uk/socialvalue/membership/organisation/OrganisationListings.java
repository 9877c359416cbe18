package uk.socialvalue.membership.organisation;

import java.util.List;
import java.util.Optional;

import uk.socialvalue.contracts.membership.OrganisationType;

/** The {@link OrganisationDirectory}, read from the organisations as stored. */
public class OrganisationListings implements OrganisationDirectory {

    /** More councils than any region has. */
    private static final int ALL_COUNCILS = 10_000;

    private final Organisations organisations;

    public OrganisationListings(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<ListedOrganisation> currentMembers() {
        return organisations.currentMembers().stream().map(OrganisationListings::listing).toList();
    }

    @Override
    public Optional<ListedOrganisation> find(String organisationId) {
        return organisations.byId(organisationId).map(OrganisationListings::listing);
    }

    @Override
    public boolean exists(String organisationId) {
        return organisations.exists(organisationId);
    }

    @Override
    public List<ListedOrganisation> councilsIn(String region) {
        return organisations.search(new Organisations.Query(null, region, OrganisationType.LOCAL_AUTHORITY, null), 0,
                ALL_COUNCILS).items().stream().map(OrganisationListings::listing).toList();
    }

    @Override
    public List<RegionStatusCount> countByRegionAndStatus() {
        return organisations.countByRegionAndStatus();
    }

    private static ListedOrganisation listing(Organisation organisation) {
        OrganisationDetails details = organisation.details();
        return new ListedOrganisation(organisation.id(), details.name(), details.type(), details.gssCode(),
                details.region(), details.sector(), organisation.status(), organisation.appliedAt(),
                organisation.contacts().stream().map(contact -> new ListedOrganisation.ListedContact(
                        contact.personId(), contact.name(), contact.email(), contact.workingGroupInvitations()))
                        .toList());
    }
}
