package uk.socialvalue.membership.workinggroup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation's links: whoever holds it may answer that one invitation, without signing in.
 * Only its SHA-256 hash is stored, so a copy of the database cannot be used to answer for anyone.
 *
 * @param value  32 random bytes, base64url without padding; it travels only in the invitation email
 * @param hash   what is stored and looked up
 */
record InvitationToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static InvitationToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new InvitationToken(value, hashOf(value));
    }

    /** The stored form of a token from a link. */
    static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "InvitationToken[hash=" + hash + "]"; // keep the secret out of logs
    }
}
