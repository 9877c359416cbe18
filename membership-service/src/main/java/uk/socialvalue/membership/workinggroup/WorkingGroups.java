package uk.socialvalue.membership.workinggroup;

import java.util.List;
import java.util.Optional;

/** All working groups. */
public interface WorkingGroups {

    void add(WorkingGroup group);

    Optional<WorkingGroup> byId(String id);

    /**
     * Stores the group's new state.
     *
     * @throws ConcurrentUpdate when it changed since it was loaded
     */
    void save(WorkingGroup group);

    /** Every group, in name order. */
    List<WorkingGroup> all();

    /** The group changed between loading and saving; the use case can be tried again. */
    class ConcurrentUpdate extends RuntimeException {

        public ConcurrentUpdate(String id) {
            super("Working group " + id + " was changed by someone else at the same time");
        }
    }
}
