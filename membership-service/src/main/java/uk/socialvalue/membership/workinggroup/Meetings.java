package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import uk.socialvalue.support.domain.Aggregates;

/** All working-group meetings, each with its invitations. */
public interface Meetings extends Aggregates<Meeting> {

    /** The meeting holding the invitation whose token has this hash. */
    Optional<Meeting> withTokenHash(String tokenHash);

    /** A group's meetings, soonest first. */
    List<Meeting> ofWorkingGroup(String workingGroupId);

    /** Meetings starting after {@code now} whose invitations an admin has issued. */
    List<Meeting> upcomingWithInvitationsIssued(Instant now);

    /** Meetings starting after {@code now} that invited a contact of the organisation. */
    List<Meeting> upcomingInvitingOrganisation(String organisationId, Instant now);

    /** Meetings starting after {@code now} that invited the person. */
    List<Meeting> upcomingInvitingPerson(String personId, Instant now);

    /** Every meeting that invited a contact of the organisation, soonest first. */
    List<Meeting> invitingOrganisation(String organisationId);

    /** Every meeting, past or upcoming, that invited the person. */
    List<Meeting> invitingPerson(String personId);
}
