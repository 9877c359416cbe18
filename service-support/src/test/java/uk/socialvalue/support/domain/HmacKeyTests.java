package uk.socialvalue.support.domain;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HMAC-SHA256 as RFC 4231 gives it, keys derived for each purpose, and no key without a secret. */
class HmacKeyTests {

    @Test
    void signsAsRfc4231Says() {
        // RFC 4231, test case 2
        assertThat(HexFormat.of().formatHex(new HmacKey("Jefe").sign("what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aDerivedKeySignsDifferentlyForEachPurposeAndTheSameForTheSameOne() {
        HmacKey key = new HmacKey("a-service-secret");
        String ada = "ada@salford.example";

        assertThat(key.derived("erased recipients").signedText(ada))
                .isEqualTo(new HmacKey("a-service-secret").derived("erased recipients").signedText(ada))
                .isNotEqualTo(key.derived("another purpose").signedText(ada))
                .isNotEqualTo(key.signedText(ada))
                .doesNotContain("=", "+", "/");
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> new HmacKey(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacKey(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
