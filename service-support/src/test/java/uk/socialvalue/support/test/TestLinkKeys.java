package uk.socialvalue.support.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.socialvalue.support.links.LinkOpener;
import uk.socialvalue.support.links.SealedLinks;

/**
 * A link key pair made once per test JVM, in a temporary folder: membership-service seals with its public half,
 * notification-service opens with its private half, and tests open what the events carry as notification-service
 * would.
 */
public final class TestLinkKeys {

    private static final TestLinkKeys INSTANCE = new TestLinkKeys();

    private final Path privateKey;
    private final Path publicKey;
    private final LinkOpener opener;

    private TestLinkKeys() {
        try {
            Path folder = Files.createTempDirectory("svuk-link-keys");
            folder.toFile().deleteOnExit();
            privateKey = folder.resolve("link-opening-key.pem");
            publicKey = folder.resolve("link-sealing-key.pem");
            SealedLinks.generate(privateKey, publicKey);
            privateKey.toFile().deleteOnExit();
            publicKey.toFile().deleteOnExit();
            opener = SealedLinks.openerFor(SealedLinks.readPrivateKey(privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestLinkKeys get() {
        return INSTANCE;
    }

    /** The public key file, for {@code svuk.links.sealing-key-file}. */
    public Path sealingKeyFile() {
        return publicKey;
    }

    /** The private key file, for {@code svuk.notifications.link-opening-key-file}. */
    public Path openingKeyFile() {
        return privateKey;
    }

    /** A sealed link, opened. */
    public String open(String sealed) {
        return opener.open(sealed);
    }

    /** A link sealed as membership-service seals it. */
    public String seal(String link) {
        return SealedLinks.sealerFor(SealedLinks.readPublicKey(publicKey)).seal(link);
    }
}
