package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.WorkingGroupKind;
import uk.socialvalue.membership.organisation.ListedOrganisation;
import uk.socialvalue.membership.organisation.Sector;
import uk.socialvalue.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socialvalue.membership.workinggroup.SampleMembers.contact;
import static uk.socialvalue.membership.workinggroup.SampleMembers.council;

class WorkingGroupTests {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    static final Set<String> REGIONS = Set.of("North West", "North East", "Wales");

    final ListedOrganisation salford = council("salford", "Salford", "North West", MembershipStatus.ACTIVE,
            contact("p1", true));
    final ListedOrganisation bolton = council("bolton", "Bolton", "North West", MembershipStatus.GRACE,
            contact("p2", true));
    final ListedOrganisation bury = council("bury", "Bury", "North West", MembershipStatus.PENDING_APPROVAL,
            contact("p3", true));
    final ListedOrganisation oldham = council("oldham", "Oldham", "North West", MembershipStatus.LAPSED,
            contact("p4", true));
    final ListedOrganisation hartlepool = council("hartlepool", "Hartlepool", "North East", MembershipStatus.ACTIVE,
            contact("p5", true));

    @Test
    void aRegionalGroupAdmitsCurrentMembersOfItsRegionOnly() {
        WorkingGroup northWest = regional("North West");

        assertThat(northWest.eligibleAmong(List.of(salford, bolton, bury, oldham, hartlepool)))
                .containsExactly(salford, bolton);
    }

    @Test
    void aSectorGroupAdmitsCurrentMembersOfItsSectorWhateverTheirRegion() {
        WorkingGroup housing = WorkingGroup.create("g", "Housing", WorkingGroupKind.SECTOR, null, Sector.HOUSING,
                null, REGIONS, NOW);
        ListedOrganisation homes = SampleMembers.organisation("homes", "Northern Homes",
                OrganisationType.HOUSING_ASSOCIATION, "Wales", Sector.HOUSING, MembershipStatus.ACTIVE);

        assertThat(housing.eligibleAmong(List.of(salford, homes, hartlepool))).containsExactly(homes);
    }

    @Test
    void anOrganisationAddedByHandIsAdmittedWhileItIsACurrentMember() {
        WorkingGroup northWest = regional("North West");

        northWest.include("hartlepool");
        northWest.include("oldham");

        assertThat(northWest.eligibleAmong(List.of(salford, oldham, hartlepool))).containsExactly(salford, hartlepool);
    }

    @Test
    void anOrganisationLeftOutIsNotAdmittedAndAddingItBackUndoesThat() {
        WorkingGroup northWest = regional("North West");

        northWest.exclude("salford");
        assertThat(northWest.eligibleAmong(List.of(salford, bolton))).containsExactly(bolton);

        northWest.include("salford");
        assertThat(northWest.excluded()).isEmpty();
        assertThat(northWest.eligibleAmong(List.of(salford, bolton))).containsExactly(salford, bolton);
    }

    @Test
    void inviteesAreTheContactsOfEligibleOrganisationsWhoHaveNotOptedOut() {
        ListedOrganisation wigan = council("wigan", "Wigan", "North West", MembershipStatus.ACTIVE,
                contact("keen", true), contact("opted-out", false));

        List<Invitee> invitees = regional("North West").inviteesAmong(List.of(wigan, hartlepool));

        assertThat(invitees).containsExactly(new Invitee("keen", "Officer keen", "keen@council.example", "wigan",
                "Wigan"));
    }

    @Test
    void aRegionalGroupNeedsARegionOfTheRegister() {
        assertThatThrownBy(() -> regional("Atlantis")).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("region"));
        assertThatThrownBy(() -> regional(null)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("region"));
    }

    @Test
    void aSectorGroupNeedsASectorAndIgnoresARegion() {
        assertThatThrownBy(() -> WorkingGroup.create("g", "Health", WorkingGroupKind.SECTOR, "Wales", null, null,
                REGIONS, NOW)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("sector"));

        WorkingGroup health = WorkingGroup.create("g", "Health", WorkingGroupKind.SECTOR, "Wales", Sector.HEALTH,
                null, REGIONS, NOW);
        assertThat(health.region()).isNull();
        assertThat(health.sector()).isEqualTo(Sector.HEALTH);
    }

    @Test
    void aGroupNeedsAName() {
        assertThatThrownBy(() -> WorkingGroup.create("g", " ", WorkingGroupKind.REGIONAL, "Wales", null, null,
                REGIONS, NOW)).isInstanceOfSatisfying(InvalidField.class,
                e -> assertThat(e.field()).isEqualTo("name"));
    }

    static WorkingGroup regional(String region) {
        return WorkingGroup.create("group-1", region + " councils", WorkingGroupKind.REGIONAL, region, null,
                "Officers of " + region + " councils", REGIONS, NOW);
    }
}
