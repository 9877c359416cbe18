package uk.socialvalue.training.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.training.booking.Price;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionPlan;
import uk.socialvalue.training.booking.SessionStatus;

/**
 * A session as the public listing shows it. Times are instants plus their UK wall-clock reading; the online
 * link is for attendees and SVUK staff, so the public listing leaves it out.
 */
record SessionView(String id, String courseId, String courseCode, String courseTitle, BigDecimal cpdHours,
        Instant startsAt, Instant endsAt, String timeZone, LocalDateTime localStartsAt, LocalDateTime localEndsAt,
        SessionFormat format, String venue, String onlineUrl, int capacity, int seatsLeft, int waitlisted,
        String memberPrice, String nonMemberPrice, Prices prices, Instant bookingCutOff, SessionStatus status,
        String cancellationReason) {

    /** The price of one seat, net, VAT and gross, for members and for everyone else. */
    record Prices(PriceView member, PriceView nonMember) {
    }

    static SessionView of(Session session, boolean withOnlineUrl) {
        SessionPlan plan = session.plan();
        return new SessionView(session.id(), plan.course().courseId(), plan.course().code(), plan.course().title(),
                plan.course().cpdHours(), plan.startsAt(), plan.endsAt(), UkTime.ZONE_ID,
                LocalDateTime.ofInstant(plan.startsAt(), UkTime.ZONE), LocalDateTime.ofInstant(plan.endsAt(), UkTime.ZONE),
                plan.format(), plan.venue(), withOnlineUrl ? plan.onlineUrl() : null, plan.capacity(),
                session.seatsLeft(), session.waitlisted(), plan.memberPrice().toPlainString(),
                plan.nonMemberPrice().toPlainString(),
                new Prices(PriceView.of(Price.of(plan.memberPrice(), 1, PriceBasis.MEMBER)),
                        PriceView.of(Price.of(plan.nonMemberPrice(), 1, PriceBasis.NON_MEMBER))),
                plan.bookingCutOff(), session.status(), session.cancellationReason());
    }
}
