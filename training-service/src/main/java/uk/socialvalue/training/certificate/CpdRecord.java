package uk.socialvalue.training.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's continuing professional development with SVUK: every course they attended, with its hours, and
 * the hours in each rolling twelve months, counted back from today.
 *
 * @param email       whose record it is
 * @param courses     the courses attended, oldest first
 * @param totalHours  all hours
 * @param periods     the hours in each twelve months up to {@code today}, the latest first, back to the first course
 */
public record CpdRecord(String email, List<Course> courses, BigDecimal totalHours, List<Period> periods) {

    /** One attended course. */
    public record Course(String courseTitle, String courseCode, LocalDate date, BigDecimal cpdHours, String bookingId,
            String certificateCode) {
    }

    /** Twelve months, both ends included, and the hours earned in them. */
    public record Period(LocalDate from, LocalDate to, BigDecimal hours) {
    }

    /** The record of these certificates, with periods of twelve months ending on {@code today}. */
    static CpdRecord of(String email, List<Certificate> certificates, LocalDate today) {
        List<Course> courses = certificates.stream()
                .map(c -> new Course(c.courseTitle(), c.courseCode(), c.date(), c.cpdHours(), c.bookingId(), c.code()))
                .sorted(java.util.Comparator.comparing(Course::date)).toList();
        BigDecimal total = courses.stream().map(Course::cpdHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Period> periods = new ArrayList<>();
        LocalDate to = today;
        LocalDate first = courses.isEmpty() ? today : courses.get(0).date();
        do {
            LocalDate from = to.minusYears(1).plusDays(1);
            LocalDate end = to;
            BigDecimal hours = courses.stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(end))
                    .map(Course::cpdHours).reduce(BigDecimal.ZERO, BigDecimal::add);
            periods.add(new Period(from, end, hours));
            to = from.minusDays(1);
        } while (!first.isAfter(to));
        return new CpdRecord(email, courses, total, periods);
    }
}
