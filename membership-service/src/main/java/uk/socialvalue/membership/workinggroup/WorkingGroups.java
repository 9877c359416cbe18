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
     * @throws uk.socialvalue.support.domain.ConcurrentUpdate when it changed since it was loaded
     */
    void save(WorkingGroup group);

    /** Every group, in name order. */
    List<WorkingGroup> all();
}
