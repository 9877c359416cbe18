package uk.socialvalue.contracts;

import java.util.Locale;

/**
 * A name as it appears in a web address or a file name: lower case, words joined by hyphens ("Yorkshire and The
 * Humber" is {@code yorkshire-and-the-humber}). membership-service reads a region from it and the web portal
 * writes it into its links and download names, so both follow this one rule.
 */
public final class Slug {

    private Slug() {
    }

    /** The slug of a name; empty for {@code null} or a name with no letters or digits. */
    public static String of(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
