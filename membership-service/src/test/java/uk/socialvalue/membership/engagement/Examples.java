package uk.socialvalue.membership.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.membership.engagement.MembershipUpdate.Milestone;
import uk.socialvalue.support.test.Councils;

/** Facts, sources and membership updates for the read model's unit tests. */
final class Examples {

    static final Course PROCUREMENT = new Course("SV-PROC", "Social Value in Procurement");
    static final Identity SALFORD = new Identity(Councils.SALFORD.name(), Councils.SALFORD.type(),
            Councils.SALFORD.gssCode(), Councils.SALFORD.region());

    private Examples() {
    }

    static Source source(String topic, long offset) {
        return new Source(topic, 0, offset);
    }

    static BookingFact booking(String bookingId, String organisationId, boolean live, int seats, Instant at) {
        return new BookingFact(bookingId, organisationId, PROCUREMENT, Window.monthOf(at), live, seats, eventId(), at);
    }

    static AttendanceFact attendance(String bookingId, String organisationId, boolean attended, String hours,
            YearMonth heldIn, Instant at) {
        return new AttendanceFact(bookingId, AttendanceFact.attendeeKey("ada@salford.example"), organisationId,
                PROCUREMENT, heldIn, attended, attended ? new BigDecimal(hours) : BigDecimal.ZERO, eventId(), at);
    }

    static InvitationFact invitation(String invitationId, String organisationId, InvitationState state, Instant at) {
        return new InvitationFact(invitationId, organisationId, Window.monthOf(at), state, eventId(), at);
    }

    static MembershipUpdate membership(Milestone milestone, MembershipStatus status, Instant at) {
        return new MembershipUpdate(eventId(), at, SALFORD, status, milestone,
                milestone == Milestone.ACTIVATED ? LocalDate.ofInstant(at, Window.UK) : null);
    }

    static String eventId() {
        return UUID.randomUUID().toString();
    }
}
