package uk.socialvalue.membership.invoice.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.membership.invoice.InvoicedTerm;
import uk.socialvalue.membership.invoice.MembershipInvoicing;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.support.events.PoisonEventException;

/**
 * Invoices each approval and renewal. The organisation stores its {@code MembershipActivated} or
 * {@code MembershipRenewed} in its outbox in the same write as the change, so no approval goes uninvoiced; a term
 * has one invoice, so a redelivered event issues none again. Its consumer group is this feature's own.
 */
@Component
class ApprovalsAndRenewalsListener {

    static final String CONSUMER_GROUP = "${spring.application.name}.invoicing";

    private static final Logger log = LoggerFactory.getLogger(ApprovalsAndRenewalsListener.class);

    private final EventCodec codec;
    private final MembershipInvoicing invoicing;

    ApprovalsAndRenewalsListener(EventCodec codec, MembershipInvoicing invoicing) {
        this.codec = codec;
        this.invoicing = invoicing;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP_ORGANISATIONS, groupId = CONSUMER_GROUP,
            containerFactory = EventMessagingConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record).ifPresent(this::handle);
    }

    private void handle(IntegrationEvent event) {
        InvoicedTerm term = event instanceof MembershipActivated activated ? InvoicedTerm.of(activated)
                : event instanceof MembershipRenewed renewed ? InvoicedTerm.of(renewed) : null;
        if (term == null) {
            return;
        }
        try {
            invoicing.invoice(term).ifPresent(invoice -> log.debug("{} is invoiced as {}", event.eventId(),
                    invoice.number()));
        } catch (MembershipInvoicing.UnknownMembershipType e) {
            // It will never price: a dead letter staff see, rather than a partition held up.
            throw new PoisonEventException(e.getMessage(), e);
        }
    }
}
