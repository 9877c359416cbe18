package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A working-group invitation to one contact, and its latest answer. It counts in the month it was issued.
 *
 * @param invitedIn  the UK month of the first report of it, its issue
 */
public record InvitationFact(String invitationId, String organisationId, YearMonth invitedIn, InvitationState state,
        String eventId, Instant occurredAt) implements Fact {

    @Override
    public String key() {
        return "invitation:" + invitationId;
    }

    @Override
    public Contribution contribution() {
        return new Contribution(invitedIn, Figures.invitation(state));
    }

    @Override
    public Fact updatedBy(Fact newer) {
        InvitationFact report = (InvitationFact) newer;
        return new InvitationFact(invitationId, organisationId, invitedIn, report.state, report.eventId,
                report.occurredAt);
    }
}
