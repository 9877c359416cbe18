package uk.socialvalue.training.invoice.messaging;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.training.booking.Bookings;
import uk.socialvalue.training.invoice.Invoicing;

/**
 * Issues a booking's invoice when it gets its places ({@code BookingConfirmed}, {@code BookingPromoted}) and its
 * credit note when it is cancelled holding them ({@code BookingCancelled}), in a consumer group of its own. Each
 * event was stored in the booking's outbox in the same write as the booking, so no booking goes uninvoiced; a
 * booking has one document of each kind, so a redelivered event issues nothing new. The document is made from the
 * booking as stored. Every other record on the topic is skipped by its type header, unread.
 */
@Component
class BookingEventsListener {

    static final String GROUP = "training-service.invoicing";

    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);
    private static final Set<String> TYPES = Stream.of(BookingConfirmed.class, BookingPromoted.class,
            BookingCancelled.class).map(type -> EventTypes.of(type).typeId()).collect(Collectors.toUnmodifiableSet());

    private final EventCodec codec;
    private final Bookings bookings;
    private final Invoicing invoicing;

    BookingEventsListener(EventCodec codec, Bookings bookings, Invoicing invoicing) {
        this.codec = codec;
        this.bookings = bookings;
        this.invoicing = invoicing;
    }

    @KafkaListener(topics = Topics.TRAINING_SESSIONS, groupId = GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void onEvent(ConsumerRecord<String, byte[]> record) {
        codec.decodeIfOfType(record, TYPES).ifPresent(this::handle);
    }

    private void handle(IntegrationEvent event) {
        if (event instanceof BookingConfirmed confirmed) {
            invoice(confirmed.booking().bookingId());
        } else if (event instanceof BookingPromoted promoted) {
            invoice(promoted.booking().bookingId());
        } else if (event instanceof BookingCancelled cancelled && !cancelled.wasWaitlisted()) {
            var found = bookings.booking(cancelled.booking().bookingId());
            invoicing.creditNoteOf(found.booking(), found.session())
                    .ifPresent(note -> log.debug("Booking {} is credited by {}", note.bookingId(), note.number()));
        }
    }

    private void invoice(String bookingId) {
        var found = bookings.booking(bookingId);
        invoicing.invoiceOf(found.booking(), found.session())
                .ifPresent(invoice -> log.debug("Booking {} is invoiced as {}", bookingId, invoice.number()));
    }
}
