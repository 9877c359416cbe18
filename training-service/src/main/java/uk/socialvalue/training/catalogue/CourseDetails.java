package uk.socialvalue.training.catalogue;

import java.math.BigDecimal;

import uk.socialvalue.support.domain.InvalidField;

/**
 * What a course is, as an admin writes it.
 *
 * @param code           a short code SVUK staff use, unique, e.g. "SV-PROC"
 * @param title          e.g. "Social Value in Procurement"
 * @param summary        a paragraph for the listing
 * @param audience       who it is for, or {@code null}
 * @param durationHours  how long a session of it lasts, in hours, or {@code null}
 * @param cpdHours       the CPD hours an attendance earns
 */
public record CourseDetails(String code, String title, String summary, String audience, BigDecimal durationHours,
        BigDecimal cpdHours) {

    public CourseDetails {
        code = required(code, "code").toUpperCase(java.util.Locale.ROOT);
        title = required(title, "title");
        summary = required(summary, "summary");
        audience = audience == null || audience.isBlank() ? null : audience.strip();
        if (cpdHours == null || cpdHours.signum() < 0 || cpdHours.scale() > 2) {
            throw new InvalidField("cpdHours", "must be zero or more, with at most two decimal places");
        }
        if (durationHours != null && (durationHours.signum() <= 0 || durationHours.scale() > 2)) {
            throw new InvalidField("durationHours", "must be more than zero, with at most two decimal places");
        }
        cpdHours = cpdHours.stripTrailingZeros();
        durationHours = durationHours == null ? null : durationHours.stripTrailingZeros();
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "is required");
        }
        return text.strip();
    }
}
