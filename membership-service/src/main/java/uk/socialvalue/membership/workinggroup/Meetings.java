package uk.socialvalue.membership.workinggroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All working-group meetings, each with its invitations. */
public interface Meetings {

    /** Stores a new meeting with the events it recorded. */
    void add(Meeting meeting);

    Optional<Meeting> byId(String id);

    /**
     * Stores the meeting's new state with the events it recorded, in one write.
     *
     * @throws uk.socialvalue.support.domain.ConcurrentUpdate when it changed since it was loaded
     */
    void save(Meeting meeting);

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
}
