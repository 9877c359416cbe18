package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one organisation did in one UK month, or a sum of such figures over months and organisations.
 *
 * @param bookings     live training bookings made that month (confirmed or waiting; cancelled ones drop out)
 * @param attendees    the places those bookings hold
 * @param attended     attendees recorded as having attended a session that started that month
 * @param cpdHours     the CPD hours those attendances earned
 * @param invitations  working-group invitations issued to its contacts that month, withdrawn ones included
 * @param accepted     of those, the ones whose latest answer is an acceptance
 * @param declined     of those, the ones whose latest answer is a refusal
 * @param joins        memberships that began (were approved) that month
 * @param renewals     memberships renewed that month
 * @param lapses       memberships that lapsed that month
 * @param courses      the training figures by course code
 */
public record Figures(int bookings, int attendees, int attended, BigDecimal cpdHours, int invitations,
        int accepted, int declined, int joins, int renewals, int lapses, Map<String, CourseFigures> courses) {

    public static final Figures NONE = new Figures(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, Map.of());

    public Figures {
        cpdHours = normalised(cpdHours);
        courses = Collections.unmodifiableMap(new TreeMap<>(courses));
    }

    static Figures booking(Course course, int seats) {
        return new Figures(1, seats, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0,
                Map.of(course.code(), new CourseFigures(course.title(), 1, seats, 0, BigDecimal.ZERO)));
    }

    static Figures attendance(Course course, BigDecimal cpdHours) {
        return new Figures(0, 0, 1, cpdHours, 0, 0, 0, 0, 0, 0,
                Map.of(course.code(), new CourseFigures(course.title(), 0, 0, 1, cpdHours)));
    }

    static Figures invitation(InvitationState state) {
        return new Figures(0, 0, 0, BigDecimal.ZERO, 1, state == InvitationState.ACCEPTED ? 1 : 0,
                state == InvitationState.DECLINED ? 1 : 0, 0, 0, 0, Map.of());
    }

    static Figures joined() {
        return new Figures(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 1, 0, 0, Map.of());
    }

    static Figures renewed() {
        return new Figures(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 1, 0, Map.of());
    }

    static Figures lapsed() {
        return new Figures(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 1, Map.of());
    }

    public Figures plus(Figures other) {
        Map<String, CourseFigures> merged = new TreeMap<>(courses);
        other.courses.forEach((code, figures) -> merged.merge(code, figures, CourseFigures::plus));
        merged.values().removeIf(CourseFigures::isEmpty);
        return new Figures(bookings + other.bookings, attendees + other.attendees, attended + other.attended,
                cpdHours.add(other.cpdHours), invitations + other.invitations, accepted + other.accepted,
                declined + other.declined, joins + other.joins, renewals + other.renewals, lapses + other.lapses,
                merged);
    }

    Figures negated() {
        Map<String, CourseFigures> negated = new TreeMap<>();
        courses.forEach((code, figures) -> negated.put(code, figures.negated()));
        return new Figures(-bookings, -attendees, -attended, cpdHours.negate(), -invitations, -accepted, -declined,
                -joins, -renewals, -lapses, negated);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The same figures without the breakdown by course. */
    public Figures withoutCourses() {
        return new Figures(bookings, attendees, attended, cpdHours, invitations, accepted, declined, joins, renewals,
                lapses, Map.of());
    }

    /** Hours as written, without trailing zeros, so that 3.50 and 3.5 are the same figure. */
    static BigDecimal normalised(BigDecimal hours) {
        if (hours == null || hours.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
