package uk.socialvalue.notification.email;

import java.util.regex.Pattern;

/**
 * Makes a value safe for a mail header or a one-line display: line breaks and other control characters
 * become spaces, so a name or subject typed as {@code "Ada\r\nBcc: x@evil.example"} cannot add a header.
 */
public final class SingleLine {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private SingleLine() {
    }

    /** The value on one line, trimmed; {@code null} stays {@code null}. */
    public static String of(String value) {
        if (value == null) {
            return null;
        }
        return SPACES.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").trim();
    }
}
