package uk.socialvalue.membership.engagement;

import java.util.Optional;

/** The facts the engagement figures count, each under its own key. */
public interface Facts {

    Optional<RecordedFact> byKey(String key);

    /**
     * Stores the fact: as new when its version is one, else over the version just before it.
     *
     * @return false if another write got there first (the caller loads it again and decides again)
     */
    boolean save(RecordedFact fact);
}
