package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;

import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.domain.InvalidField;

/**
 * What an admin asks to change in a session's plan; a {@code null} leaves that part as it is. Moving the start
 * alone moves the end and the booking cut-off with it, so the session keeps its length and its cut-off the
 * same time before it.
 */
public record SessionChanges(Instant startsAt, Instant endsAt, SessionFormat format, String venue, String onlineUrl,
        Integer capacity, Instant bookingCutOff) {

    /**
     * The plan with these changes, checked as any plan is.
     *
     * @throws InvalidField naming the field when the result is not a valid plan, or a venue is given for an
     *                      online session or a link for an in-person one
     */
    SessionPlan applyTo(SessionPlan plan) {
        Duration moved = startsAt == null ? Duration.ZERO : Duration.between(plan.startsAt(), startsAt);
        SessionFormat newFormat = format == null ? plan.format() : format;
        if (venue != null && !venue.isBlank() && newFormat == SessionFormat.ONLINE) {
            throw new InvalidField("venue", "is for in-person sessions; set format to IN_PERSON to move it to a venue");
        }
        if (onlineUrl != null && !onlineUrl.isBlank() && newFormat == SessionFormat.IN_PERSON) {
            throw new InvalidField("onlineUrl", "is for online sessions; set format to ONLINE to move it online");
        }
        return new SessionPlan(plan.course(), startsAt == null ? plan.startsAt() : startsAt,
                endsAt != null ? endsAt : plan.endsAt().plus(moved), newFormat,
                venue != null ? venue : plan.venue(), onlineUrl != null ? onlineUrl : plan.onlineUrl(),
                capacity == null ? plan.capacity() : capacity, plan.memberPrice(), plan.nonMemberPrice(),
                bookingCutOff != null ? bookingCutOff : plan.bookingCutOff().plus(moved));
    }
}
