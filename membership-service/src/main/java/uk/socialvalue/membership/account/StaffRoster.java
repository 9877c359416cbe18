package uk.socialvalue.membership.account;

import java.util.Optional;

import uk.socialvalue.support.domain.Aggregates;

/** Where the {@link Staff} roster is kept. */
public interface StaffRoster extends Aggregates<Staff> {

    /** The roster as stored, if there is one yet. */
    default Optional<Staff> current() {
        return byId(Staff.ID);
    }
}
