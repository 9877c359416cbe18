package uk.socialvalue.membership.workinggroup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.socialvalue.support.domain.Aggregates;

/**
 * Every invitation, each a document of its own keyed by its id and stored with the id of its meeting; one per
 * person per meeting, and one per token, which unique keys keep on any number of instances.
 */
public interface MeetingInvitations extends Aggregates<Invitation> {

    /**
     * Stores a new invitation with its event, unless the person is invited to that meeting already.
     *
     * @return whether it was stored
     */
    boolean addIfNew(Invitation invitation);

    /** The invitation whose token has this hash: a keyed lookup. */
    Optional<Invitation> withTokenHash(String tokenHash);

    /** The ids of the people invited to the meeting, whatever became of their invitations. */
    List<String> inviteesOf(String meetingId);

    /** The meeting's invitations in the order they were issued, one page of them. */
    List<Invitation> ofMeeting(String meetingId, int page, int size);

    /** How many of the meeting's invitations are in each status, every status included. */
    Map<InvitationStatus, Long> counts(String meetingId);

    /** The invitations to contacts of the organisation. */
    List<Invitation> ofOrganisation(String organisationId);

    /** The invitations to contacts of the organisation, newest first, one page of them. */
    List<Invitation> ofOrganisation(String organisationId, int page, int size);

    /** The invitations to the person. */
    List<Invitation> ofPerson(String personId);
}
