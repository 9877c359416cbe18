package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** All working-group meetings; their invitations are in {@link MeetingInvitations}. */
public interface Meetings extends Aggregates<Meeting> {

    /** A group's meetings, soonest first, one page of them. */
    List<Meeting> ofWorkingGroup(String workingGroupId, int page, int size);

    /** Meetings starting after {@code now} whose invitations an admin has issued. */
    List<Meeting> upcomingWithInvitationsIssued(Instant now);
}
