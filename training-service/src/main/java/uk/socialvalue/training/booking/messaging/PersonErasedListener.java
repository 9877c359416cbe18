package uk.socialvalue.training.booking.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.PersonErased;
import uk.socialvalue.support.audit.AuditLog;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.training.booking.BookingPersonalData;

/**
 * Erases a person from the bookings when membership-service erases them, in a consumer group of its own, and
 * drops their email from the audit log. What is erased has nothing left to erase, so a redelivery changes
 * nothing.
 */
@Component
class PersonErasedListener {

    static final String GROUP = "training-service.personal-data";

    private final EventCodec codec;
    private final BookingPersonalData bookings;
    private final AuditLog audit;

    PersonErasedListener(EventCodec codec, BookingPersonalData bookings, AuditLog audit) {
        this.codec = codec;
        this.bookings = bookings;
        this.audit = audit;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_PEOPLE, groupId = GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).filter(PersonErased.class::isInstance).map(PersonErased.class::cast)
                .ifPresent(erased -> {
                    bookings.erase(erased.personId(), erased.emails());
                    audit.forget(erased.personId());
                });
    }
}
