package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.InvalidField;

/**
 * What a session is, fixed when it is scheduled. Times are instants, kept to the millisecond (what the store
 * keeps); they are shown in {@link uk.socialvalue.contracts.UkTime} time.
 *
 * @param course          the course it runs
 * @param startsAt        when it starts
 * @param endsAt          when it ends
 * @param format          online or in person
 * @param venue           the address, for an in-person session
 * @param onlineUrl       the https link to join, for an online session
 * @param capacity        how many seats it has
 * @param memberPrice     the net price per seat for members, in pounds with two decimals
 * @param nonMemberPrice  the net price per seat for everyone else
 * @param bookingCutOff   when bookings close, and organisations can no longer cancel
 */
public record SessionPlan(CourseSnapshot course, Instant startsAt, Instant endsAt, SessionFormat format, String venue,
        String onlineUrl, int capacity, BigDecimal memberPrice, BigDecimal nonMemberPrice, Instant bookingCutOff) {

    /** Generous, but a session is a training room or a webinar, not a stadium. */
    static final int MAX_CAPACITY = 10_000;

    public SessionPlan {
        Objects.requireNonNull(course, "course");
        startsAt = required(startsAt, "startsAt").truncatedTo(ChronoUnit.MILLIS);
        endsAt = required(endsAt, "endsAt").truncatedTo(ChronoUnit.MILLIS);
        bookingCutOff = required(bookingCutOff, "bookingCutOff").truncatedTo(ChronoUnit.MILLIS);
        required(format, "format");
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidField("endsAt", "must be after startsAt");
        }
        if (bookingCutOff.isAfter(startsAt)) {
            throw new InvalidField("bookingCutOff", "must not be after startsAt");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidField("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
        memberPrice = money(memberPrice, "memberPrice");
        nonMemberPrice = money(nonMemberPrice, "nonMemberPrice");
        venue = blankToNull(venue);
        onlineUrl = blankToNull(onlineUrl);
        if (format == SessionFormat.IN_PERSON) {
            if (venue == null) {
                throw new InvalidField("venue", "is required for an in-person session");
            }
            onlineUrl = null;
        } else {
            if (onlineUrl == null || !isHttps(onlineUrl)) {
                throw new InvalidField("onlineUrl", "must be an https link for an online session");
            }
            venue = null;
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidField(field, "is required");
        }
        return value;
    }

    private static BigDecimal money(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidField(field, "must be an amount in pounds of zero or more, to the penny");
        }
        return amount.setScale(2);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
