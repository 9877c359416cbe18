package uk.socialvalue.membership.engagement;

import uk.socialvalue.membership.organisation.OrganisationDirectory;

/**
 * A deliberate breach of the engagement read model's rule, which ArchitectureTests must catch: counting
 * members by asking the organisation feature, through what it publishes, instead of from events. Never used
 * otherwise.
 */
public class AskingTheDirectory {

    long members(OrganisationDirectory organisations, String region) {
        return organisations.councilsIn(region).size();
    }
}
