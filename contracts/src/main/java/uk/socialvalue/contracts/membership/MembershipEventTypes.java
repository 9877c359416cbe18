package uk.socialvalue.contracts.membership;

import java.util.List;

import uk.socialvalue.contracts.EventType;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.workinggroup.MeetingCancelled;
import uk.socialvalue.contracts.workinggroup.MeetingRescheduled;
import uk.socialvalue.contracts.workinggroup.MeetingScheduled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationCancelled;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationUpdated;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationWithdrawn;

/** The event types membership-service publishes. */
public final class MembershipEventTypes {

    /** Every membership event type, with its topic and current version. */
    public static final List<EventType> ALL = List.of(
            organisation("MembershipApplied", MembershipApplied.class),
            organisation("MembershipActivated", MembershipActivated.class),
            organisation("MembershipRejected", MembershipRejected.class),
            organisation("MembershipRenewed", MembershipRenewed.class),
            organisation("MembershipRenewalDue", MembershipRenewalDue.class),
            organisation("MembershipEnteredGrace", MembershipEnteredGrace.class),
            organisation("MembershipLapsed", MembershipLapsed.class),
            organisation("MembershipCancelled", MembershipCancelled.class),
            organisation("MembershipInvoiceIssued", MembershipInvoiceIssued.class),
            new EventType("membership.OrganisationStateChanged", 1, Topics.MEMBERSHIP_ORGANISATION_STATE,
                    OrganisationStateChanged.class),
            new EventType("membership.PasswordSetupRequested", 2, Topics.MEMBERSHIP_ACCOUNTS,
                    PasswordSetupRequested.class),
            people("AccessRevoked", AccessRevoked.class),
            people("PersonErased", PersonErased.class),
            contacts("ContactAdded", ContactAdded.class),
            contacts("ContactRemoved", ContactRemoved.class),
            contacts("PrimaryContactChanged", PrimaryContactChanged.class),
            workingGroups("MeetingScheduled", MeetingScheduled.class),
            new EventType("membership.WorkingGroupInvitationIssued", 2, Topics.MEMBERSHIP_WORKING_GROUPS,
                    WorkingGroupInvitationIssued.class),
            workingGroups("WorkingGroupInvitationAnswered", WorkingGroupInvitationAnswered.class),
            workingGroups("WorkingGroupInvitationWithdrawn", WorkingGroupInvitationWithdrawn.class),
            workingGroups("MeetingRescheduled", MeetingRescheduled.class),
            workingGroups("MeetingCancelled", MeetingCancelled.class),
            workingGroups("WorkingGroupInvitationUpdated", WorkingGroupInvitationUpdated.class),
            workingGroups("WorkingGroupInvitationCancelled", WorkingGroupInvitationCancelled.class));

    /**
     * Older versions that may still be on topics and are read into the current record: version 1 of the two
     * events whose links now travel sealed. Their plain links are not read (the sealed fields stay
     * {@code null}); the rest of the event, which the engagement view replays from the full history, is.
     */
    public static final List<EventType> STILL_READ = List.of(
            new EventType("membership.PasswordSetupRequested", 1, Topics.MEMBERSHIP_ACCOUNTS,
                    PasswordSetupRequested.class),
            new EventType("membership.WorkingGroupInvitationIssued", 1, Topics.MEMBERSHIP_WORKING_GROUPS,
                    WorkingGroupInvitationIssued.class));

    private MembershipEventTypes() {
    }

    private static EventType contacts(String name, Class<? extends IntegrationEvent> javaType) {
        return new EventType("membership." + name, 1, Topics.MEMBERSHIP_CONTACTS, javaType);
    }

    private static EventType people(String name, Class<? extends IntegrationEvent> javaType) {
        return new EventType("membership." + name, 1, Topics.MEMBERSHIP_PEOPLE, javaType);
    }

    private static EventType workingGroups(String name, Class<? extends IntegrationEvent> javaType) {
        return new EventType("membership." + name, 1, Topics.MEMBERSHIP_WORKING_GROUPS, javaType);
    }

    private static EventType organisation(String name, Class<? extends IntegrationEvent> javaType) {
        return new EventType("membership." + name, 1, Topics.MEMBERSHIP_ORGANISATIONS, javaType);
    }
}
