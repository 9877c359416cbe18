package uk.socialvalue.notification.email;

/** An email ready to put into a MIME message: its subject and its two alternative bodies. */
public record RenderedEmail(String subject, String text, String html) {
}
