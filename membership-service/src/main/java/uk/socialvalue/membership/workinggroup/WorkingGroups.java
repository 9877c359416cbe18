package uk.socialvalue.membership.workinggroup;

import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** All working groups. */
public interface WorkingGroups extends Aggregates<WorkingGroup> {

    /** Every group, in name order. */
    List<WorkingGroup> all();
}
