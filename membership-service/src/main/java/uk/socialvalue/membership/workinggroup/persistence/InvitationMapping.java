package uk.socialvalue.membership.workinggroup.persistence;

import org.bson.Document;

import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.support.aggregate.AggregateMapping;

/** An invitation as one document, keyed by its id, with its meeting's id and the invitee's fields at the top. */
final class InvitationMapping implements AggregateMapping<Invitation> {

    static final String MEETING_ID = "meetingId";
    static final String PERSON_ID = "personId";
    static final String ORGANISATION_ID = "organisationId";
    static final String TOKEN_HASH = "tokenHash";
    static final String INVITED_AT = "invitedAt";
    /** Absent from invitations stored before it was kept, which count from 0. */
    static final String CALENDAR_SEQUENCE = "calendarSequence";

    @Override
    public Document toDocument(Invitation invitation) {
        Invitee invitee = invitation.invitee();
        return new Document("_id", invitation.id())
                .append(MEETING_ID, invitation.meetingId())
                .append(PERSON_ID, invitee.personId())
                .append("name", invitee.name())
                .append("email", invitee.email())
                .append(ORGANISATION_ID, invitee.organisationId())
                .append("organisationName", invitee.organisationName())
                .append(TOKEN_HASH, invitation.tokenHash())
                .append("status", invitation.status().name())
                .append(INVITED_AT, date(invitation.invitedAt()))
                .append("answeredAt", date(invitation.answeredAt()))
                .append("withdrawnAt", date(invitation.withdrawnAt()))
                .append(CALENDAR_SEQUENCE, invitation.calendarSequence());
    }

    @Override
    public Invitation toAggregate(Document document, long version) {
        var invitee = new Invitee(document.getString(PERSON_ID), document.getString("name"),
                document.getString("email"), document.getString(ORGANISATION_ID),
                document.getString("organisationName"));
        return Invitation.restore(document.getString("_id"), document.getString(MEETING_ID), invitee,
                document.getString(TOKEN_HASH), InvitationStatus.valueOf(document.getString("status")),
                instant(document.getDate(INVITED_AT)), instant(document.getDate("answeredAt")),
                instant(document.getDate("withdrawnAt")), document.getInteger(CALENDAR_SEQUENCE, 0), version);
    }
}
