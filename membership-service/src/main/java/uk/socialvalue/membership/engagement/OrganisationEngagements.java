package uk.socialvalue.membership.engagement;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.support.domain.Aggregates;
import uk.socialvalue.support.domain.ConcurrentUpdate;

/**
 * The organisations' engagement, one document each, keyed by organisation id. {@link #save} refuses a change
 * over a version someone else changed, and {@link #add} one that someone else stored first, each with a
 * {@link ConcurrentUpdate}: load it again and count again.
 */
public interface OrganisationEngagements extends Aggregates<OrganisationEngagement> {

    /**
     * The organisations' records by id with the figures of the given months only, and with the breakdown of
     * training by course or without it (the tables need only the totals); unknown ids are left out.
     */
    List<OrganisationRecord> records(Collection<String> ids, Collection<YearMonth> months, boolean withCourses);

    /** The GSS code of the council the organisation is, if membership events have told. */
    Optional<String> gssCodeOf(String organisationId);
}
