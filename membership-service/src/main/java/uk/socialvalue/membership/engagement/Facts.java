package uk.socialvalue.membership.engagement;

import uk.socialvalue.support.domain.Aggregates;
import uk.socialvalue.support.domain.ConcurrentUpdate;

/**
 * The facts the engagement figures count, each under its own key ({@link Fact#key()}). {@link #save} refuses
 * a change over a version someone else changed, and {@link #add} a fact that someone else stored first, each
 * with a {@link ConcurrentUpdate}: load it again and decide again.
 */
public interface Facts extends Aggregates<RecordedFact> {
}
