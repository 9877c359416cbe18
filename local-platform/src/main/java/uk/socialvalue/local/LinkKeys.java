package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The local stack's link key pair, made on the first run into the data folder (like membership-service's token
 * signing key): notification-service opens set-password and RSVP links with the private key, membership-service
 * seals them with the public one. Local only; elsewhere both come from the operator's secret store.
 */
final class LinkKeys {

    static final String PRIVATE_KEY = "link-opening-key.pem";
    static final String PUBLIC_KEY = "link-sealing-key.pem";

    private LinkKeys() {
    }

    static Path folder(Path dataDirectory) {
        return dataDirectory.resolve("keys");
    }

    /** Makes the pair unless the folder already holds one. */
    static void ensure(Path folder) {
        Path privateKey = folder.resolve(PRIVATE_KEY);
        Path publicKey = folder.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // nothing to restrict with here
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the link keys into " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has RSA", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
