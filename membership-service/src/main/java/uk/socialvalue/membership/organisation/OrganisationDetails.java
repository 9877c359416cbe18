package uk.socialvalue.membership.organisation;

import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;

/**
 * Who an organisation is.
 *
 * @param name     its name; for a council, the register's
 * @param type     the kind of organisation
 * @param gssCode  the GSS code of a local authority, else {@code null}
 * @param region   the UK region or nation it belongs to
 * @param sector   the sector it works in, for sector working groups
 */
public record OrganisationDetails(String name, OrganisationType type, String gssCode, String region, Sector sector) {

    public OrganisationSummary summary() {
        return new OrganisationSummary(name, type, gssCode, region);
    }
}
