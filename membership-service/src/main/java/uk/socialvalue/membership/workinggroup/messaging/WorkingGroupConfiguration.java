package uk.socialvalue.membership.workinggroup.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.account.LinkProperties;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.MeetingInvitations;
import uk.socialvalue.membership.workinggroup.Meetings;
import uk.socialvalue.membership.workinggroup.RsvpLinks;
import uk.socialvalue.membership.workinggroup.Scheduling;
import uk.socialvalue.membership.workinggroup.WorkingGroups;
import uk.socialvalue.support.domain.LinkSealer;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.outbox.OutboxCollection;

/**
 * Wires the working-group use cases, and declares the meetings' outbox with the topic its events go to.
 * It lives here rather than beside the use cases to keep that package free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class WorkingGroupConfiguration {

    @Bean
    Scheduling scheduling(WorkingGroups groups, Meetings meetings, OrganisationDirectory organisations,
            CouncilRegister register, Retry retry, Clock clock) {
        return new Scheduling(groups, meetings, organisations, register.regions(), retry, clock);
    }

    @Bean
    Inviting inviting(WorkingGroups groups, Meetings meetings, MeetingInvitations invitations,
            OrganisationDirectory organisations, LinkProperties links, LinkSealer sealer, Retry retry, Clock clock) {
        return new Inviting(groups, meetings, invitations, organisations, new RsvpLinks(links.baseUrl(), sealer),
                retry, clock);
    }

    /** A meeting's events (its scheduling) wait in its document, for the working-groups topic. */
    @Bean
    OutboxCollection meetingsOutbox() {
        return new OutboxCollection("meetings", Topics.MEMBERSHIP_WORKING_GROUPS);
    }

    /** An invitation's events wait in its own document, for the working-groups topic. */
    @Bean
    OutboxCollection meetingInvitationsOutbox() {
        return new OutboxCollection("meetingInvitations", Topics.MEMBERSHIP_WORKING_GROUPS);
    }
}
