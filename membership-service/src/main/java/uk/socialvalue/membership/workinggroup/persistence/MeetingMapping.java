package uk.socialvalue.membership.workinggroup.persistence;

import org.bson.Document;

import uk.socialvalue.membership.workinggroup.Meeting;
import uk.socialvalue.support.aggregate.AggregateMapping;

/** A meeting as one document; its invitations are documents of their own ({@link InvitationMapping}). */
final class MeetingMapping implements AggregateMapping<Meeting> {

    static final String STARTS_AT = "startsAt";
    /** Absent from meetings stored before it was kept, which count from 0. */
    static final String CALENDAR_SEQUENCE = "calendarSequence";

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
                .append("cancelledAt", date(meeting.cancelledAt()))
                .append("cancellationReason", meeting.cancellationReason())
                .append(CALENDAR_SEQUENCE, meeting.calendarSequence());
    }

    @Override
    public Meeting toAggregate(Document document, long version) {
        return Meeting.restore(document.getString("_id"), document.getString("workingGroupId"),
                document.getString("workingGroupName"), document.getString("title"), document.getString("agenda"),
                instant(document.getDate(STARTS_AT)), instant(document.getDate("endsAt")),
                document.getString("venue"), document.getString("onlineUrl"),
                instant(document.getDate("scheduledAt")), instant(document.getDate("invitationsIssuedAt")),
                instant(document.getDate("cancelledAt")), document.getString("cancellationReason"),
                document.getInteger(CALENDAR_SEQUENCE, 0), version);
    }
}
