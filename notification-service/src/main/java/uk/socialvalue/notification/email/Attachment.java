package uk.socialvalue.notification.email;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A document an email carries, such as an invoice's PDF, kept base64 in the email's model so that the delivery
 * log holds everything a resend needs.
 *
 * @param name         the file name the recipient sees
 * @param contentType  its MIME type
 * @param base64       its bytes, base64
 */
public record Attachment(String name, String contentType, String base64) {

    private static final String PREFIX = "attachment";

    /** A PDF to attach. */
    public static Attachment pdf(String name, String base64) {
        return new Attachment(name, "application/pdf", base64);
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(base64);
    }

    /** The attachment as model values, to add to an email's model; none when there is no document. */
    public Map<String, String> toModel() {
        Map<String, String> model = new HashMap<>();
        if (base64 != null && !base64.isBlank()) {
            model.put(PREFIX + "Name", SingleLine.of(name));
            model.put(PREFIX + "ContentType", contentType);
            model.put(PREFIX + "Content", base64);
        }
        return model;
    }

    /** The attachment an email's model holds, if it holds one. */
    public static Optional<Attachment> fromModel(Map<String, String> model) {
        String content = model.get(PREFIX + "Content");
        return content == null ? Optional.empty()
                : Optional.of(new Attachment(model.get(PREFIX + "Name"), model.get(PREFIX + "ContentType"), content));
    }
}
