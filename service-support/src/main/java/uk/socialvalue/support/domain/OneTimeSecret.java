package uk.socialvalue.support.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an emailed link (set a password, answer an invitation): whoever holds it may do that one
 * thing. Only its SHA-256 hash is stored, so a copy of the database cannot be used in anyone's place; 256
 * random bits need no salt or slow hash to resist guessing.
 *
 * @param value  32 random bytes, base64url without padding; it travels only in the email, sealed on the way
 * @param hash   what is stored and looked up, in hex
 */
public record OneTimeSecret(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OneTimeSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OneTimeSecret(value, hashOf(value));
    }

    /** The stored form of a secret from a link. */
    public static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "OneTimeSecret[hash=" + hash + "]"; // keep the secret out of logs
    }
}
