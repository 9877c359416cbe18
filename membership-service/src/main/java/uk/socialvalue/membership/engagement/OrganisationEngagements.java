package uk.socialvalue.membership.engagement;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The organisations' engagement, one document each, keyed by organisation id. */
public interface OrganisationEngagements {

    Optional<OrganisationEngagement> byId(String id);

    /**
     * Stores the organisation: as new when its version is zero, else over the version it was loaded at.
     *
     * @return false if another write got there first (the caller loads it again and decides again)
     */
    boolean save(OrganisationEngagement organisation);

    /**
     * The organisations' records by id with the figures of the given months only, and with the breakdown of
     * training by course or without it (the tables need only the totals); unknown ids are left out.
     */
    List<OrganisationRecord> records(Collection<String> ids, Collection<YearMonth> months, boolean withCourses);

    /** The GSS code of the council the organisation is, if membership events have told. */
    Optional<String> gssCodeOf(String organisationId);
}
