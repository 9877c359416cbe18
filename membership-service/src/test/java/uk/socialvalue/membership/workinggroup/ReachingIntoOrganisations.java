package uk.socialvalue.membership.workinggroup;

import uk.socialvalue.membership.organisation.Organisations;

/**
 * A deliberate breach of the feature boundaries, which ArchitectureTests must catch: working groups reading
 * the organisation feature's repository instead of its published directory. Never used otherwise.
 */
public class ReachingIntoOrganisations {

    int currentMembers(Organisations organisations) {
        return organisations.currentMembers().size();
    }
}
