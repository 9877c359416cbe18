package uk.socialvalue.membership.workinggroup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import uk.socialvalue.membership.account.Person;
import uk.socialvalue.membership.personaldata.PersonalDataHolder;
import uk.socialvalue.support.domain.Retry;

/** The person's invitations to working-group meetings, and their answers. */
public class InvitationPersonalData implements PersonalDataHolder {

    private final Meetings meetings;
    private final MeetingInvitations invitations;
    private final Retry retry;

    public InvitationPersonalData(Meetings meetings, MeetingInvitations invitations, Retry retry) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.retry = retry;
    }

    @Override
    public String name() {
        return "workingGroupInvitations";
    }

    @Override
    public Object heldAbout(String personId) {
        return invitations.ofPerson(personId).stream()
                .flatMap(invitation -> meetings.byId(invitation.meetingId())
                        .map(meeting -> record(meeting, invitation)).stream())
                .toList();
    }

    @Override
    public Set<String> emailsOf(String personId) {
        return invitations.ofPerson(personId).stream().map(invitation -> invitation.invitee().email())
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @Override
    public void erase(String personId) {
        for (Invitation found : invitations.ofPerson(personId)) {
            retry.onConflict(() -> invitations.byId(found.id())
                    .filter(invitation -> invitation.eraseInvitee(Person.ERASED_NAME))
                    .map(invitation -> {
                        invitations.save(invitation);
                        return true;
                    }).orElse(false));
        }
    }

    private static Map<String, Object> record(Meeting meeting, Invitation invitation) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("meetingId", meeting.id());
        record.put("meetingTitle", meeting.title());
        record.put("startsAt", meeting.startsAt());
        record.put("name", invitation.invitee().name());
        record.put("email", invitation.invitee().email());
        record.put("organisationId", invitation.invitee().organisationId());
        record.put("status", invitation.status().name());
        record.put("invitedAt", invitation.invitedAt());
        record.put("answeredAt", invitation.answeredAt());
        record.put("withdrawnAt", invitation.withdrawnAt());
        return record;
    }
}
