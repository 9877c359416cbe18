package uk.socialvalue.membership.account;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffTests {

    @Test
    void theLastAdministratorCannotBeRemoved() {
        Staff staff = new Staff(Set.of("ada", "ben"), 3);

        assertThat(staff.remove("ada")).isTrue();
        assertThatThrownBy(() -> staff.remove("ben")).isInstanceOf(Accounts.LastAdministrator.class);
        assertThat(staff.members()).containsExactly("ben");
    }

    @Test
    void addingOrRemovingSomeoneTwiceChangesNothingTheSecondTime() {
        Staff staff = new Staff(Set.of("ada"), 0);

        assertThat(staff.add("ben")).isTrue();
        assertThat(staff.add("ben")).isFalse();
        assertThat(staff.remove("ben")).isTrue();
        assertThat(staff.remove("ben")).isFalse();
        assertThat(staff.includes("ada")).isTrue();
    }
}
