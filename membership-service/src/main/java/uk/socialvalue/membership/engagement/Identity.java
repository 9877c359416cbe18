package uk.socialvalue.membership.engagement;

import uk.socialvalue.contracts.membership.OrganisationType;

/**
 * Who an organisation is, as membership events describe it.
 *
 * @param gssCode  the council's GSS code, for a local authority; else {@code null}
 */
public record Identity(String name, OrganisationType type, String gssCode, String region) {

    /** Whether it is a council of the register, whose figures count towards that council. */
    public boolean isCouncil() {
        return type == OrganisationType.LOCAL_AUTHORITY && gssCode != null;
    }
}
