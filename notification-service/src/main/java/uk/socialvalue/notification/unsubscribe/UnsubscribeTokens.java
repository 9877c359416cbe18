package uk.socialvalue.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;


import uk.socialvalue.notification.email.Category;
import uk.socialvalue.support.domain.HmacKey;

/**
 * Signs and checks one-click unsubscribe tokens: the category and address, and an HMAC-SHA256 of them under
 * a secret only this service knows. The token is the whole credential of an RFC 8058 one-click request (no
 * login), so it must be unforgeable; it needs no storage, and the same address and category always give
 * the same token.
 */
public final class UnsubscribeTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final HmacKey key;

    public UnsubscribeTokens(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The unsubscribe secret must not be empty");
        }
        this.key = new HmacKey(secret);
    }

    /** The token for the opt-out, safe to put in a URL path. */
    public String tokenFor(OptOut optOut) {
        byte[] payload = (optOut.category().name() + "\n" + optOut.address()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The opt-out a token stands for, or empty when it is malformed or its signature does not match. */
    public Optional<OptOut> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", 2);
            return Optional.of(new OptOut(parts[1], Category.valueOf(parts[0])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        return key.sign(payload);
    }
}
