package uk.socialvalue.membership.engagement;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which organisations are which council, one small document per council keyed by GSS code. A council gains
 * an organisation each time it applies for membership; it can hold one open application at a time and only
 * SVUK staff close one, so the list stays short.
 */
public interface CouncilOrganisations {

    /** Records that the organisation is the council; doing it again changes nothing. */
    void link(String gssCode, String organisationId);

    /** The organisation ids of each of the councils that has any. */
    Map<String, List<String>> organisationsOf(Collection<String> gssCodes);
}
