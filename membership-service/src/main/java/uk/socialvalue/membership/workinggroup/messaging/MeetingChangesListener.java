package uk.socialvalue.membership.workinggroup.messaging;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.workinggroup.MeetingCancelled;
import uk.socialvalue.contracts.workinggroup.MeetingRescheduled;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;

/**
 * Reads this service's own {@code MeetingRescheduled} and {@code MeetingCancelled} back from the topic, in a
 * consumer group of its own, and tells each invitation not told of the change yet. The event was stored with the
 * change in one write, so whatever became of the request that made it (a crash part-way through its invitations),
 * everyone invited is told; each invitation remembers the calendar sequence it was told of, so a redelivery, or
 * a change the request told already, tells no one twice. Other records are skipped by their type header, unread.
 */
@Component
class MeetingChangesListener {

    static final String CONSUMER_GROUP = "${spring.application.name}.meeting-changes";

    private static final Set<String> TYPES = Set.of(EventTypes.of(MeetingRescheduled.class).typeId(),
            EventTypes.of(MeetingCancelled.class).typeId());

    private final EventCodec codec;
    private final Inviting inviting;

    MeetingChangesListener(EventCodec codec, Inviting inviting) {
        this.codec = codec;
        this.inviting = inviting;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_WORKING_GROUPS, groupId = CONSUMER_GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decodeIfOfType(record, TYPES).ifPresent(event -> {
            if (event instanceof MeetingRescheduled rescheduled) {
                inviting.tellInvitationsOfChange(rescheduled.meeting().meetingId(), rescheduled.previous());
            } else if (event instanceof MeetingCancelled cancelled) {
                inviting.tellInvitationsOfCancellation(cancelled.meeting().meetingId());
            }
        });
    }
}
