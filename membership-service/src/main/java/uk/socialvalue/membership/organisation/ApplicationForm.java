package uk.socialvalue.membership.organisation;

import uk.socialvalue.contracts.membership.OrganisationType;

/**
 * What an applicant tells SVUK on the application form. For a local authority the name and region come from
 * the council register by GSS code; other organisations give their own.
 */
public record ApplicationForm(OrganisationType type, String gssCode, String name, String region, Sector sector,
        String membershipType, String contactName, String contactEmail, String contactJobTitle) {
}
