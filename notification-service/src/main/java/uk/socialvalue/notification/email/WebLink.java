package uk.socialvalue.notification.email;

import java.util.Locale;

/**
 * Keeps typed links to the web: staff type a session's or meeting's joining link, and an email must not turn a
 * {@code javascript:} or {@code data:} value into a link that runs when clicked.
 */
public final class WebLink {

    private WebLink() {
    }

    /** The link if it is an http or https URL, else {@code null}. */
    public static String orNull(String link) {
        if (link == null) {
            return null;
        }
        String trimmed = link.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !trimmed.matches(".*\\s.*")
                ? trimmed : null;
    }
}
