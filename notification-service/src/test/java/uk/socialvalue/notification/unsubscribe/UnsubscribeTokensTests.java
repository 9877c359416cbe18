package uk.socialvalue.notification.unsubscribe;

import org.junit.jupiter.api.Test;

import uk.socialvalue.notification.email.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Unsubscribe tokens name an address and category, and cannot be forged without the secret. */
class UnsubscribeTokensTests {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a secret for tests");
    private final OptOut optOut = new OptOut("Ada@Salford.example", Category.RENEWAL_REMINDERS);

    @Test
    void readsBackWhatItSigned() {
        assertThat(tokens.verify(tokens.tokenFor(optOut)))
                .contains(new OptOut("ada@salford.example", Category.RENEWAL_REMINDERS));
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        String forged = new UnsubscribeTokens("another secret").tokenFor(optOut);

        assertThat(tokens.verify(forged)).isEmpty();
    }

    @Test
    void refusesATokenWhoseAddressWasChanged() {
        String token = tokens.tokenFor(optOut);
        String otherPayload = tokens.tokenFor(new OptOut("grace@salford.example", Category.RENEWAL_REMINDERS))
                .split("\\.")[0];

        assertThat(tokens.verify(otherPayload + token.substring(token.indexOf('.')))).isEmpty();
    }

    @Test
    void refusesMalformedTokens() {
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
    }

    @Test
    void makesLinksUnderThePublicBaseUrl() {
        var links = new UnsubscribeLinks(java.net.URI.create("https://notifications.svuk.example/"), tokens);

        assertThat(links.linkFor(optOut))
                .isEqualTo("https://notifications.svuk.example/api/unsubscribe/" + tokens.tokenFor(optOut));
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnsubscribeTokens(" "));
    }

    @Test
    void letsNobodyOptOutOfEssentialMail() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OptOut("ada@salford.example", Category.ACCOUNT));
    }
}
