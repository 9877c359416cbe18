package uk.socialvalue.support.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.RSAKey;

import uk.socialvalue.support.domain.LinkSealer;

/**
 * Sealing and opening links with an RSA key pair, and the PEM files that hold it: the public key
 * ({@code -----BEGIN PUBLIC KEY-----}, X.509) for the services that seal, the private key
 * ({@code -----BEGIN PRIVATE KEY-----}, PKCS #8) for notification-service alone. Make a pair with
 * {@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out link-opening-key.pem} and
 * {@code openssl pkey -in link-opening-key.pem -pubout -out link-sealing-key.pem}.
 */
public final class SealedLinks {

    private static final JWEAlgorithm ALGORITHM = JWEAlgorithm.RSA_OAEP_256;
    private static final EncryptionMethod ENCRYPTION = EncryptionMethod.A256GCM;

    private SealedLinks() {
    }

    /** Seals links for the holder of the private half of this public key. */
    public static LinkSealer sealerFor(RSAPublicKey publicKey) {
        String keyId = keyId(publicKey);
        RSAEncrypter encrypter = new RSAEncrypter(publicKey);
        return link -> {
            var jwe = new JWEObject(new JWEHeader.Builder(ALGORITHM, ENCRYPTION).keyID(keyId).build(),
                    new Payload(link));
            try {
                synchronized (encrypter) {
                    jwe.encrypt(encrypter);
                }
                return jwe.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot seal a link", e);
            }
        };
    }

    /** Opens links sealed for this private key. */
    public static LinkOpener openerFor(RSAPrivateCrtKey privateKey) {
        RSADecrypter decrypter = new RSADecrypter(privateKey);
        return sealed -> {
            try {
                JWEObject jwe = JWEObject.parse(sealed);
                jwe.decrypt(decrypter);
                return jwe.getPayload().toString();
            } catch (ParseException | JOSEException | IllegalStateException e) {
                throw new LinkOpener.Unopenable("Not a link sealed for this service's key: " + e.getMessage());
            }
        };
    }

    public static RSAPublicKey readPublicKey(Path pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(pem + " is not an RSA public key in PEM", e);
        }
    }

    public static RSAPrivateCrtKey readPrivateKey(Path pem) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException(pem + " is not an RSA private key in PEM (PKCS #8)", e);
        }
    }

    /** The public half of a private key. */
    public static RSAPublicKey publicHalf(RSAPrivateCrtKey privateKey) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes a new 3072-bit key pair and writes it as two PEM files, the private one readable by its owner only;
     * for the local stack and tests. Elsewhere keys come from the operator's secret store.
     */
    public static void generate(Path privateKeyFile, Path publicKeyFile) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
            Files.createDirectories(publicKeyFile.toAbsolutePath().getParent());
            Files.writeString(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKeyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // nothing to restrict with on this file system
            }
            Files.writeString(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyId(RSAPublicKey publicKey) {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(Path pem, String type) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String begin = "-----BEGIN " + type + "-----";
            int start = text.indexOf(begin);
            int end = text.indexOf("-----END " + type + "-----");
            if (start < 0 || end < start) {
                throw new IllegalStateException(pem + " holds no " + type + " in PEM");
            }
            return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pem, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
