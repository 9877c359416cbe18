package uk.socialvalue.membership.register;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilRegisterTests {

    CouncilRegister register = CouncilRegister.shipped();

    @Test
    void holdsEveryCurrentPrincipalCouncil() {
        assertThat(register.search(null)).hasSize(382);
    }

    @Test
    void findsACouncilByGssCodeWhateverItsCase() {
        assertThat(register.byGssCode(" e08000006 ")).contains(
                new Council("E08000006", "Salford", "Metropolitan district", "North West"));
    }

    @Test
    void readsNamesThatContainCommas() {
        assertThat(register.byGssCode("E06000058")).get().extracting(Council::name)
                .isEqualTo("Bournemouth, Christchurch and Poole");
    }

    @Test
    void usesTheCorrectedCodesAndRegions() {
        assertThat(register.byGssCode("E08000038")).get().extracting(Council::name).isEqualTo("Barnsley");
        assertThat(register.byGssCode("E08000016")).isEmpty();
        assertThat(register.byGssCode("E10000007")).get().extracting(Council::region).isEqualTo("East Midlands");
    }

    @Test
    void namesTheNineEnglishRegionsAndTheThreeOtherNations() {
        assertThat(register.regions()).containsExactly("East Midlands", "East of England", "London", "North East",
                "North West", "Northern Ireland", "Scotland", "South East", "South West", "Wales", "West Midlands",
                "Yorkshire and The Humber");
    }
}
