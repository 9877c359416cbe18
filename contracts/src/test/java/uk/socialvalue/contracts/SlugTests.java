package uk.socialvalue.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugTests {

    @Test
    void joinsTheWordsOfARegionWithHyphensInLowerCase() {
        assertThat(Slug.of("Yorkshire and The Humber")).isEqualTo("yorkshire-and-the-humber");
        assertThat(Slug.of(" North West ")).isEqualTo("north-west");
    }

    @Test
    void dropsWhatAnAddressOrFileNameCannotHold() {
        assertThat(Slug.of("St. Helens")).isEqualTo("st-helens");
        assertThat(Slug.of("Westmorland & Furness")).isEqualTo("westmorland-furness");
        assertThat(Slug.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slug.of(null)).isEmpty();
    }
}
