package uk.socialvalue.training.certificate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;


import uk.socialvalue.support.domain.HmacKey;
import uk.socialvalue.support.domain.LinkSealer;

/**
 * The links a certificate is reached by. The public verification page needs only its code, which is printed on
 * the certificate; the PDF, which shows the full name, needs a link signed with HMAC-SHA256 under a secret only
 * this service holds, so the attendance email can carry it and nobody can make one for another code. Since the
 * signed link is a bearer credential, it leaves the service only sealed for notification-service
 * ({@link #sealedPdfUrl}).
 */
public final class CertificateLinks {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base 32
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final HmacKey key;
    private final LinkSealer sealer;

    /**
     * @param baseUrl  where people reach this service
     * @param secret   signs the links to PDFs
     * @param sealer   seals them for notification-service before they go into an event
     */
    public CertificateLinks(String baseUrl, String secret, LinkSealer sealer) {
        this.baseUrl = Objects.requireNonNull(baseUrl).replaceAll("/+$", "");
        this.key = new HmacKey(secret);
        this.sealer = Objects.requireNonNull(sealer);
    }

    /** A new verification code: 60 random bits as three groups of four letters and digits, "7K3M-9QX2-TP4B". */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Where anyone checks the certificate with this code. */
    public String verifyUrl(String code) {
        return baseUrl + "/api/certificates/" + encode(code);
    }

    /** The signed link to the certificate's PDF. */
    public String pdfUrl(String code) {
        return verifyUrl(code) + "/pdf?signature=" + signature(code);
    }

    /** The signed link to the certificate's PDF, sealed for notification-service: what an event may carry. */
    public String sealedPdfUrl(String code) {
        return sealer.seal(pdfUrl(code));
    }

    /** Whether the signature is this service's for the code. */
    public boolean verifies(String code, String signature) {
        return signature != null && MessageDigest.isEqual(signature(code).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String code) {
        return key.signedText("certificate\n" + code);
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
