package uk.socialvalue.training.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.socialvalue.contracts.UkTime;

/**
 * A certificate of attendance: one attendee of one booking attended a session, which earned them the course's
 * CPD hours. Its code, printed on it, lets anyone check it is genuine.
 *
 * @param code            the verification code
 * @param bookingId       the booking the attendee's place belonged to
 * @param organisationId  the booking organisation
 * @param sessionId       the session attended
 * @param name            the attendee's name
 * @param email           the attendee's email, in lower case
 * @param courseTitle     the course's title
 * @param courseCode      the course's code
 * @param startsAt        when the session started
 * @param cpdHours        the CPD hours it earned
 * @param issuedAt        when attendance was recorded
 */
public record Certificate(String code, String bookingId, String organisationId, String sessionId, String name,
        String email, String courseTitle, String courseCode, Instant startsAt, BigDecimal cpdHours,
        Instant issuedAt) {

    public Certificate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(email, "email");
    }

    /** The day of the session, in UK time. */
    public LocalDate date() {
        return LocalDate.ofInstant(startsAt, UkTime.ZONE);
    }

    /** What public verification shows of the name: "A. L." for Ada Lovelace. */
    public String initials() {
        return Arrays.stream(name == null ? new String[0] : name.strip().split("\\s+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.UK) + ".")
                .collect(Collectors.joining(" "));
    }
}
