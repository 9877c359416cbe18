package uk.socialvalue.membership.organisation.persistence;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory is read bucket after bucket, so its buckets must sort as the names in them do, in any case.
 */
class DirectoryBucketsTests {

    @Test
    void bucketsNamesByTheirFirstTwoLettersInTheOrderOfTheNames() {
        List<String> names = List.of("1st Council", "A", "a council", "A-Team Trust", "Aardvark", "ab Initio",
                "Ashfield", "ashford", "AZURE", "A_underscore", "Azz", "Aé Trust", "B", "Bolton", "st Helens",
                "St. Albans", "Stockport", "zz", "Zürich", "Ébène");
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        List<String> buckets = sorted.stream().map(MongoOrganisations::bucket).toList();

        assertThat(buckets).as("buckets in the order of the names they hold")
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(MongoOrganisations.bucket("Ashfield")).isEqualTo("AS");
        assertThat(MongoOrganisations.bucket("st Helens")).isEqualTo("ST");
        assertThat(MongoOrganisations.bucket("A-Team Trust")).isEqualTo("A#");
        assertThat(MongoOrganisations.bucket("Aé Trust")).isEqualTo("A~");
        assertThat(MongoOrganisations.bucket("1st Council")).isEqualTo("#");
        assertThat(MongoOrganisations.bucket("Ébène")).isEqualTo("~");
    }
}
