package uk.socialvalue.membership.workinggroup.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.ContactAdded;
import uk.socialvalue.contracts.membership.ContactRemoved;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Keeps invitations in step with memberships and contacts: a new member, or a new contact of one, is invited
 * to the upcoming meetings whose invitations already went out; a member that lapses or is cancelled, and a
 * contact who leaves, has their open invitations to upcoming meetings withdrawn.
 * <p>
 * Each reaction works out the state that should hold now (who is eligible and not yet invited; which
 * invitations are still open), so a redelivered or late event changes nothing a second time. Its consumer
 * group is this feature's own, so that another listener of membership-service on the same topics never
 * shares out these records with it.
 */
@Component
class MembershipChangesListener {

    static final String CONSUMER_GROUP = "${spring.application.name}.working-groups";

    private static final Logger log = LoggerFactory.getLogger(MembershipChangesListener.class);

    private final EventCodec codec;
    private final Inviting inviting;

    MembershipChangesListener(EventCodec codec, Inviting inviting) {
        this.codec = codec;
        this.inviting = inviting;
    }

    @KafkaListener(topics = {Topics.MEMBERSHIP_ORGANISATIONS, Topics.MEMBERSHIP_CONTACTS}, groupId = CONSUMER_GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::handle);
    }

    private void handle(IntegrationEvent event) {
        if (event instanceof MembershipActivated activated) {
            report(event, "invited", inviting.inviteLateJoiners(activated.organisationId()));
        } else if (event instanceof ContactAdded added) {
            report(event, "invited", inviting.inviteLateJoiners(added.organisationId()));
        } else if (event instanceof MembershipLapsed lapsed) {
            report(event, "withdrew", inviting.withdrawOrganisation(lapsed.organisationId(),
                    "The organisation's membership lapsed"));
        } else if (event instanceof MembershipCancelled cancelled) {
            report(event, "withdrew", inviting.withdrawOrganisation(cancelled.organisationId(),
                    "The organisation's membership was cancelled"));
        } else if (event instanceof ContactRemoved removed) {
            report(event, "withdrew", inviting.withdrawPerson(removed.contact().personId(),
                    "The contact left the organisation"));
        }
    }

    private static void report(IntegrationEvent event, String what, int invitations) {
        if (invitations > 0) {
            log.info("After {} {} {} working-group invitation(s)", event.eventId(), what, invitations);
        }
    }
}
