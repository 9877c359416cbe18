package uk.socialvalue.membership.workinggroup.persistence;

import java.util.List;

import org.bson.Document;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.membership.workinggroup.Invitation;
import uk.socialvalue.membership.workinggroup.InvitationStatus;
import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.support.aggregate.AggregateMapping;

/** A meeting as one document, its invitations inside it. */
final class MeetingMapping implements AggregateMapping<Meeting> {

    static final String STARTS_AT = "startsAt";
    static final String INVITATIONS = "invitations";

    @Override
    public Document toDocument(Meeting meeting) {
        return new Document("_id", meeting.id())
                .append("workingGroupId", meeting.workingGroupId())
                .append("workingGroupName", meeting.workingGroupName())
                .append("title", meeting.title())
                .append("agenda", meeting.agenda())
                .append(STARTS_AT, date(meeting.startsAt()))
                .append("endsAt", date(meeting.endsAt()))
                .append("venue", meeting.venue())
                .append("onlineUrl", meeting.onlineUrl())
                .append("scheduledAt", date(meeting.scheduledAt()))
                .append("invitationsIssuedAt", date(meeting.invitationsIssuedAt()))
                .append(INVITATIONS, meeting.invitations().stream().map(this::toDocument).toList());
    }

    @Override
    public Meeting toAggregate(Document document, long version) {
        List<Invitation> invitations = document.getList(INVITATIONS, Document.class, List.of()).stream()
                .map(this::toInvitation).toList();
        return Meeting.restore(document.getString("_id"), document.getString("workingGroupId"),
                document.getString("workingGroupName"), document.getString("title"), document.getString("agenda"),
                instant(document.getDate(STARTS_AT)), instant(document.getDate("endsAt")),
                document.getString("venue"), document.getString("onlineUrl"),
                instant(document.getDate("scheduledAt")), instant(document.getDate("invitationsIssuedAt")),
                invitations, version);
    }

    /** The invitee's fields sit at the top of the invitation, so that queries can reach them simply. */
    private Document toDocument(Invitation invitation) {
        Invitee invitee = invitation.invitee();
        return new Document("id", invitation.id())
                .append("personId", invitee.personId())
                .append("name", invitee.name())
                .append("email", invitee.email())
                .append("organisationId", invitee.organisationId())
                .append("organisationName", invitee.organisationName())
                .append("tokenHash", invitation.tokenHash())
                .append("status", invitation.status().name())
                .append("invitedAt", date(invitation.invitedAt()))
                .append("answeredAt", date(invitation.answeredAt()))
                .append("withdrawnAt", date(invitation.withdrawnAt()));
    }

    private Invitation toInvitation(Document document) {
        var invitee = new Invitee(document.getString("personId"), document.getString("name"),
                document.getString("email"), document.getString("organisationId"),
                document.getString("organisationName"));
        return new Invitation(document.getString("id"), invitee, document.getString("tokenHash"),
                InvitationStatus.valueOf(document.getString("status")), instant(document.getDate("invitedAt")),
                instant(document.getDate("answeredAt")), instant(document.getDate("withdrawnAt")));
    }
}
