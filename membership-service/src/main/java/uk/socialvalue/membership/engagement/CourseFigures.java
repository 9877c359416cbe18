package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;

/**
 * One course's share of an organisation's training figures in a month.
 *
 * @param title      the course's title when last counted
 * @param bookings   live bookings made (confirmed or waiting; cancelled ones are not counted)
 * @param attendees  the places those bookings hold
 * @param attended   attendees recorded as having attended a session that started that month
 * @param cpdHours   the CPD hours they earned
 */
public record CourseFigures(String title, int bookings, int attendees, int attended, BigDecimal cpdHours) {

    public CourseFigures {
        cpdHours = Figures.normalised(cpdHours);
    }

    CourseFigures plus(CourseFigures other) {
        return new CourseFigures(other.title != null ? other.title : title, bookings + other.bookings,
                attendees + other.attendees, attended + other.attended, cpdHours.add(other.cpdHours));
    }

    CourseFigures negated() {
        return new CourseFigures(title, -bookings, -attendees, -attended, cpdHours.negate());
    }

    boolean isEmpty() {
        return bookings == 0 && attendees == 0 && attended == 0 && cpdHours.signum() == 0;
    }
}
