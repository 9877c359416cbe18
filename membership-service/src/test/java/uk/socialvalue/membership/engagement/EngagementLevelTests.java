package uk.socialvalue.membership.engagement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementLevelTests {

    @Test
    void leadsWithMembershipTrainedStaffAndWorkingGroupParticipation() {
        assertThat(EngagementLevel.of(true, true, true, true)).isEqualTo(EngagementLevel.LEADING);
    }

    @Test
    void engagesWithAnyTwoOfTheThreeSignals() {
        assertThat(EngagementLevel.of(true, true, false, true)).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(EngagementLevel.of(true, false, true, true)).isEqualTo(EngagementLevel.ENGAGED);
        assertThat(EngagementLevel.of(false, true, true, true)).isEqualTo(EngagementLevel.ENGAGED);
    }

    @Test
    void isAwareWithOneSignalOrOnlySomeContact() {
        assertThat(EngagementLevel.of(true, false, false, false)).isEqualTo(EngagementLevel.AWARE);
        assertThat(EngagementLevel.of(false, true, false, false)).isEqualTo(EngagementLevel.AWARE);
        assertThat(EngagementLevel.of(false, false, false, true)).isEqualTo(EngagementLevel.AWARE);
    }

    @Test
    void isNoneWithoutAnyContact() {
        assertThat(EngagementLevel.of(false, false, false, false)).isEqualTo(EngagementLevel.NONE);
    }
}
