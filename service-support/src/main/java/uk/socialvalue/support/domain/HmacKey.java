package uk.socialvalue.support.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key made from a secret only this service knows: what signs the links and tokens nobody else may
 * make, and digests values the service must find again without keeping them.
 */
public final class HmacKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException when the secret is empty */
    public HmacKey(String secret) {
        this(bytes(secret));
    }

    private HmacKey(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * A key of its own for another purpose, derived from this one, so that one secret serves several purposes
     * without what is made for one standing for another.
     */
    public HmacKey derived(String purpose) {
        return new HmacKey(sign(purpose));
    }

    /** The HMAC of the text's UTF-8 bytes. */
    public byte[] sign(String text) {
        return sign(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The HMAC of the text, in unpadded base64url: safe in a URL, a file name or a document's {@code _id}. */
    public String signedText(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(text));
    }

    private static byte[] bytes(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("An HMAC key's secret must not be empty");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
