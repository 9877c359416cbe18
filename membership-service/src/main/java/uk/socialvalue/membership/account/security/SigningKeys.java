package uk.socialvalue.membership.account.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.socialvalue.membership.account.AuthProperties;

/**
 * The RSA keys of membership-service's tokens, the same in every instance: one signs, and all of them are
 * published in the JWKS and verify. A rotation therefore needs no downtime and no instance ahead of another:
 * the next key is added to the set (published, not signing), becomes the signing key once the resource
 * servers' JWKS caches hold it, and the previous key leaves the set once the last token it signed expired.
 *
 * @param signing  the key that signs new tokens
 * @param all      every key, the signing one included, private parts and all
 */
record SigningKeys(RSAKey signing, JWKSet all) {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** What the JWKS endpoint publishes: the public halves of every key. */
    JWKSet published() {
        return all.toPublicJWKSet();
    }

    /**
     * The keys from {@code svuk.auth.signing-keys} if set, else from {@code svuk.auth.signing-key-file}, which
     * is created with one new key when it does not exist yet (by whichever instance gets there first: the others
     * read that one).
     *
     * @throws IllegalStateException when neither is set: each instance would sign with a key of its own, which
     *                               no other instance, and no restart, would accept
     */
    static SigningKeys load(AuthProperties auth) {
        if (auth.signingKeys() != null && !auth.signingKeys().isBlank()) {
            return choose(parse(auth.signingKeys(), "svuk.auth.signing-keys"), auth.signingKeyId());
        }
        if (auth.signingKeyFile() == null) {
            throw new IllegalStateException("Set svuk.auth.signing-key-file (a file every instance shares) or "
                    + "svuk.auth.signing-keys (a JSON Web Key Set, e.g. from a secret): the tokens' signing keys "
                    + "must be the same in every instance and survive a restart");
        }
        return choose(readOrCreate(auth.signingKeyFile()), auth.signingKeyId());
    }

    static SigningKeys choose(JWKSet keys, String signingKeyId) {
        List<JWK> rsaKeys = keys.getKeys().stream().filter(key -> key instanceof RSAKey && key.isPrivate()).toList();
        if (rsaKeys.isEmpty()) {
            throw new IllegalStateException("The signing keys hold no RSA private key");
        }
        JWK signing = signingKeyId == null || signingKeyId.isBlank() ? rsaKeys.get(0)
                : rsaKeys.stream().filter(key -> signingKeyId.equals(key.getKeyID())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("svuk.auth.signing-key-id " + signingKeyId
                                + " names none of the RSA private keys: " + rsaKeys.stream().map(JWK::getKeyID).toList()));
        return new SigningKeys((RSAKey) signing, keys);
    }

    private static JWKSet readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing keys " + file, e);
        }
    }

    /**
     * Writes a new key set to a file of its own and links it into place, which fails if another instance did so
     * first: two instances starting together end up with the same keys, never each with its own.
     */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path draft = Files.createTempFile(folder, ".signing-keys-", ".json");
        try {
            restrictToOwner(draft);
            Files.writeString(draft, new JWKSet(generate()).toString(false), StandardCharsets.UTF_8);
            try {
                Files.createLink(file, draft);
                log.info("Created a new token signing key in {}", file);
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                log.info("Using the token signing keys another instance created in {}", file);
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(draft, file); // fails if the file appeared meanwhile
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** A JSON Web Key Set, or a single JSON Web Key as files written before key sets held it. */
    private static JWKSet parse(String json, String source) {
        try {
            Map<String, Object> object = com.nimbusds.jose.util.JSONObjectUtils.parse(json);
            return object.containsKey("keys") ? JWKSet.parse(object) : new JWKSet(JWK.parse(object));
        } catch (ParseException e) {
            throw new IllegalStateException("The signing keys in " + source + " are not a JSON Web Key Set", e);
        }
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("Cannot restrict permissions of {} on this file system", file);
        }
    }
}
